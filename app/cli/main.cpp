// tontine-cli entry point (the verbs are being built).
int main() { return 2; }
