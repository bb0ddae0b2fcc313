// Stack switching in assembly (Go's asm_amd64.s). See DESIGN.md,
// "Goroutine stacks", and HACKING.md.

	.text

// void gorun_gogo(uintptr_t sp, void (*fn)(void*), void* arg)
//
// Switches to the goroutine stack whose top is sp and calls fn(arg) there
// with rbp cleared, so that frame-pointer walks (traceback.cpp) end at the
// goroutine's entry. fn must not return.
	.globl	gorun_gogo
	.type	gorun_gogo, @function
gorun_gogo:
	.cfi_startproc
	.cfi_undefined rip
	movq	%rdi, %rsp
	andq	$-16, %rsp
	xorl	%ebp, %ebp
	movq	%rdx, %rdi
	callq	*%rsi
	ud2
	.cfi_endproc
	.size	gorun_gogo, .-gorun_gogo

// __morestack: called by the split-stack prologue of a JIT function F
// when rsp - framesize would fall below the limit in %fs:0x70.
//
// On entry: [rsp] = return address (a ret in F's prologue, the body one
// byte later), [rsp+8] = F's own return address into its caller C,
// rbp = C's frame pointer (F has not pushed its own yet), r10 = F's frame
// size, r11 = the size of F's stack arguments; every argument register is
// live.
//
// Stacks do not grow yet (the next milestone copies them here, in
// newstack): the goroutine has a 1 GB reservation, so reaching this means
// it is exhausted. We switch to a static stack, since the goroutine's
// guard area is no place to run the printer, and report Go's stack
// overflow. gorun_morestackOverflow never returns.
	.globl	__morestack
	.type	__morestack, @function
__morestack:
	.cfi_startproc
	movq	%rsp, %rdi		// sp: the two return addresses
	movq	%rbp, %rsi		// C's frame pointer
	movq	%r10, %rdx		// F's frame size
	leaq	overflowstack_top(%rip), %rsp
	xorl	%ebp, %ebp
	callq	gorun_morestackOverflow
	ud2
	.cfi_endproc
	.size	__morestack, .-__morestack

	.bss
	.balign	16
overflowstack:
	.skip	65536
overflowstack_top:

	.section .note.GNU-stack,"",@progbits
