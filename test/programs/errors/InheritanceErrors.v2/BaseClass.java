interface BaseClass {}
