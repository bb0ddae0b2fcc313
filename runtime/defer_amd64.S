// Assembly for panics and defer (defer.cpp).
	.text

// void gorun_growstack16k(void): makes sure 16 KiB of goroutine stack are
// free below the caller, with the split-stack prologue JIT functions use
// (DESIGN.md "Goroutine stacks"): if rsp - 16 KiB is below the limit in
// %fs:0x70, __morestack grows (copies) the stack as for a 16 KiB frame,
// then resumes at the body one byte after the `ret`. The body returns at
// once: the room is left for the caller (the C++ unwinder and the panic
// printing, which run on the goroutine stack). Reached from the panic
// entry points (panic.cpp) and from JIT landing pads before they resume
// unwinding.
	.globl	gorun_growstack16k
	.type	gorun_growstack16k, @function
gorun_growstack16k:
	.cfi_startproc
	leaq	-16384(%rsp), %r11
	cmpq	%fs:0x70, %r11
	ja	1f
	movq	$16384, %r10
	movq	$0, %r11
	callq	__morestack
	retq
1:
	retq
	.cfi_endproc
	.size	gorun_growstack16k, .-gorun_growstack16k

// void gorun_calldeferred(void* closure): calls a deferred function value
// (a closure taking no arguments: code = *closure, ctx = closure) for a
// panic. recover() checks that its caller's return address (or, for a
// wrapped `defer f(args)`, its caller's caller's) is
// gorun_deferpanicret: the deferred call was made directly by a panic.
	.globl	gorun_calldeferred
	.globl	gorun_deferpanicret
	.type	gorun_calldeferred, @function
gorun_calldeferred:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	callq	*(%rdi)
gorun_deferpanicret:
	popq	%rbp
	.cfi_def_cfa rsp, 8
	retq
	.cfi_endproc
	.size	gorun_calldeferred, .-gorun_calldeferred

	.section	.note.GNU-stack,"",@progbits
