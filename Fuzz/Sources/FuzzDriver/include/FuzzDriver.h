#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt, LLVM 11 and later), linked in by -sanitize=fuzzer. The
// harnesses call it from their own main because SwiftPM gives every executable target a main
// of its own, which leaves libFuzzer's main unused.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
