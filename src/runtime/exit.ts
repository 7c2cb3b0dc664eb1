// The VM halting (Runtime.halt, System.exit after shutdown hooks): a JS throw that no Java handler can
// catch, carried up to the launcher.
export class ExitSignal {
  constructor(readonly status: number) {}
}
