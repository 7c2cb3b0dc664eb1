// JVMS §5.4.6 Method selection, cached where V8 can use it: a class's prototype holds, by dispatch key
// (src/runtime/vtable.ts dispatchKeyOf), the method its vtable selects, so translated code finds the
// target of a virtual or interface call with one property load (`recv[key]`) and V8's inline caches do
// the dispatch. Keys are published on demand, when a call first selects for a receiver class
// (src/jit/runtime.ts select), since defining every vtable entry on every prototype costs more at
// start-up than the calls gain.
//
// Invariant: wherever a key is visible along a prototype chain, the value found is that class's own
// selection. Publishing on a class therefore also defines the key on each subclass prototype whose
// selection differs, and a prototype made later takes the keys published on its ancestors that it
// selects differently (each class's prototype is made after its superclass's, as its base).
import type { JavaClass, JMethod } from './jclass.js';
import { vtableOf } from './vtable.js';

/** A prototype's published selections; null for an abstract method (the call's slow path throws). */
export type SelectedMethods = Record<string, JMethod | null>;

function selectionOf(cls: JavaClass, key: string): JMethod | null | undefined {
  const m = vtableOf(cls).get(key);
  return m === undefined ? undefined : m.isAbstract ? null : m;
}

/** Defines `key` on `proto`, the prototype of `cls`, and records it there. */
function defineOn(cls: JavaClass, proto: SelectedMethods, key: string, value: JMethod | null): void {
  proto[key] = value;
  (cls.publishedKeys ??= []).push(key);
}

function prototypeOf(cls: JavaClass): SelectedMethods {
  return cls.ctor!.prototype as SelectedMethods;
}

/** Makes `cls`'s selection for `key` visible on its instances (it has a prototype: it has instances). */
export function publishSelectedMethod(cls: JavaClass, key: string): void {
  const value = selectionOf(cls, key);
  if (value === undefined || cls.publishedKeys?.includes(key)) return;
  defineOn(cls, prototypeOf(cls), key, value);
  publishDown(cls, key, value);
}

function publishDown(cls: JavaClass, key: string, inherited: JMethod | null): void {
  for (const sub of cls.subclassesWithPrototype ?? []) {
    const value = selectionOf(sub, key) ?? null;
    if (value !== inherited && !sub.publishedKeys?.includes(key)) defineOn(sub, prototypeOf(sub), key, value);
    publishDown(sub, key, value);
  }
}

/** For a new prototype of `cls`: the keys published on its ancestors that it selects differently. */
export function inheritPublishedMethods(cls: JavaClass, proto: SelectedMethods): void {
  const sup = cls.superClass;
  if (sup === null) return;
  (sup.subclassesWithPrototype ??= []).push(cls);
  for (let a: JavaClass | null = sup; a !== null; a = a.superClass) {
    for (const key of a.publishedKeys ?? []) {
      const value = selectionOf(cls, key) ?? null;
      if (value !== (selectionOf(sup, key) ?? null) && !cls.publishedKeys?.includes(key)) {
        defineOn(cls, proto, key, value);
      }
    }
  }
}
