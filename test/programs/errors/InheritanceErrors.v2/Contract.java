class Contract {}
