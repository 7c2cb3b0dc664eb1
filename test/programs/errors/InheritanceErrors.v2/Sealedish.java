final class Sealedish {}
