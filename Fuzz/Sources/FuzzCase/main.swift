import Foundation
import FuzzDriver

// Hands the command line to libFuzzer (`-max_total_time=`, corpus folders, …).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzCase(data, size) }))
