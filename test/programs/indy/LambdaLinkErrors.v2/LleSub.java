class LleSub {}
