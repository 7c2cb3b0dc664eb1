class Fields {
    String kept = "kept (v2)";
    long width = 3;
    Object label = "label";
}
