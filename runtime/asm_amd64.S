// Stack switching in assembly (Go's asm_amd64.s). See DESIGN.md,
// "Goroutine stacks", proc.cpp and stack.cpp.
//
// Offsets used here (static_asserts in proc.cpp keep them honest):
//   M:  g0top 0, onG0 8, curg 16, g0guard 24
//   G:  stackguard0 16, sched 32 (Gobuf: sp 0, pc 8, rbx 16, rbp 24,
//       r12 32, r13 40, r14 48, r15 56), preempt 101
// The current M is the initial-exec thread-local gorun_tls_m.

#define M_G0TOP 0
#define M_ONG0 8
#define M_CURG 16
#define M_G0GUARD 24
#define G_STACKGUARD0 16
#define G_SCHED 32
#define G_PREEMPT 101

.macro LOAD_M reg
	movq	gorun_tls_m@GOTTPOFF(%rip), \reg
	movq	%fs:(\reg), \reg
.endm

// Back from g0 to the goroutine (reg: scratch; clobbers r10, r11): the M
// is no longer on g0, and %fs:0x70 holds curg's limit, or the preempt
// sentinel when curg was asked to yield meanwhile.
.macro LEAVE_G0 reg
	LOAD_M	\reg
	movq	$0, M_ONG0(\reg)
	movq	M_CURG(\reg), %r10
	movq	G_STACKGUARD0(%r10), %r11
	cmpb	$0, G_PREEMPT(%r10)
	je	.Lguard\@
	movq	$-1, %r11
.Lguard\@:
	movq	%r11, %fs:0x70
.endm

	.text

// void gorun_mcall(Gobuf* save, void (*fn)(G*), G* gp, uintptr_t g0sp)
//
// Saves the caller's context in *save (it resumes as if gorun_mcall
// returned), switches to the g0 stack at g0sp and calls fn(gp), which must
// not return (it schedules, or gogo's back). Go's mcall.
	.globl	gorun_mcall
	.type	gorun_mcall, @function
gorun_mcall:
	.cfi_startproc
	movq	(%rsp), %rax
	movq	%rax, 8(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, 0(%rdi)
	movq	%rbx, 16(%rdi)
	movq	%rbp, 24(%rdi)
	movq	%r12, 32(%rdi)
	movq	%r13, 40(%rdi)
	movq	%r14, 48(%rdi)
	movq	%r15, 56(%rdi)
	movq	%rcx, %rsp
	xorl	%ebp, %ebp
	movq	%rdx, %rdi
	callq	*%rsi
	ud2
	.cfi_endproc
	.size	gorun_mcall, .-gorun_mcall

// void gorun_gogo(Gobuf* buf): resumes the context saved in *buf. The
// caller has installed the G's stack limit. Go's gogo.
	.globl	gorun_gogo
	.type	gorun_gogo, @function
gorun_gogo:
	.cfi_startproc
	movq	16(%rdi), %rbx
	movq	24(%rdi), %rbp
	movq	32(%rdi), %r12
	movq	40(%rdi), %r13
	movq	48(%rdi), %r14
	movq	56(%rdi), %r15
	movq	0(%rdi), %rsp
	jmpq	*8(%rdi)
	.cfi_endproc
	.size	gorun_gogo, .-gorun_gogo

// The first instruction a new G runs (its sched.pc): r12 holds the
// closure it was started with. Calls it with rbp cleared, so that
// frame-pointer walks end here, then exits the G. Go's goexit frame.
	.globl	gorun_goentry
	.type	gorun_goentry, @function
gorun_goentry:
	.cfi_startproc
	.cfi_undefined rip
	xorl	%ebp, %ebp
	movq	%r12, %rdi
	callq	*(%r12)
	callq	gorun_goexit1
	ud2
	.cfi_endproc
	.size	gorun_goentry, .-gorun_goentry

// gorun_systemstack_switch: r11 = a C function, its arguments in the
// argument registers. Calls it on the M's g0 stack and returns its result
// (rax/rdx/xmm0/xmm1) on the caller's stack. Every runtime entry point
// and native that JIT code calls is reached through a stub that loads
// r11 and jumps here (symbols.cpp), so C++ runtime code never runs on a
// 2 KiB goroutine stack. Already on g0, or on a thread with no M: a plain
// call. The frame record pushed here links the g0 frames to the JIT
// frames for tracebacks and the unwinder (CFA from rbp).
//
// The two return addresses of the call are exported: a panic raised on
// g0 (panic.cpp) walks the g0 frames up to the innermost one, and
// gorun_systemstack_switchret there means "a runtime call made from the
// goroutine stack", whose frame record (rbp in that frame) says where
// the caller's stack is; gorun_systemstack_nestedret means a call made
// on g0 itself (JIT code called back from the runtime).
	.globl	gorun_systemstack_switchret
	.globl	gorun_systemstack_nestedret
	.globl	gorun_systemstack_switch
	.type	gorun_systemstack_switch, @function
gorun_systemstack_switch:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	LOAD_M	%rax
	testq	%rax, %rax
	jz	1f
	cmpq	$0, M_ONG0(%rax)
	jne	1f
	movq	%rsp, M_ONG0(%rax)	// the goroutine's sp: see M::onG0
	movq	M_G0GUARD(%rax), %r10
	movq	%r10, %fs:0x70
	movq	M_G0TOP(%rax), %rsp
	callq	*%r11
gorun_systemstack_switchret:
	LEAVE_G0 %rcx
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa rsp, 8
	retq
1:
	.cfi_def_cfa rbp, 16
	callq	*%r11
gorun_systemstack_nestedret:
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa rsp, 8
	retq
	.cfi_endproc
	.size	gorun_systemstack_switch, .-gorun_systemstack_switch

// void gorun_panicresume(const PanicResume* r): leaves g0 for a panic
// raised there (panic.cpp's raise, which has filled *r from
// the unwinder's view of the g0 frames), and starts the panic on the
// goroutine stack as if the JIT code had called the panic function itself
// at the runtime call. This is what Go's sigpanic does for a fault: the
// frames below (on g0) are abandoned, never returned to.
//
// The switch's return path, done here instead: the M is off g0 and
// %fs:0x70 holds the G's limit again (the preempt sentinel if a
// preemption is pending). The JIT caller's callee-saved registers
// (rbx, r12-r15: values it keeps across the call, which its landing pad
// may use when a recover unwinds to it) are the ones the unwinder found
// for the switch's frame; its rbp is in the frame record, and rsp is
// left at the record's return address, exactly as a call from there
// would leave it. r is on g0: everything is read before rsp moves.
//
// PanicResume: rec 0, rbx 8, r12 16, r13 24, r14 32, r15 40,
// type 48, data 56 (static_assert in panic.cpp).
	.globl	gorun_panicresume
	.type	gorun_panicresume, @function
gorun_panicresume:
	.cfi_startproc
	.cfi_undefined rip
	LEAVE_G0 %rax
	movq	8(%rdi), %rbx
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	56(%rdi), %rsi
	movq	0(%rdi), %rcx
	movq	48(%rdi), %rdi
	movq	0(%rcx), %rbp
	leaq	8(%rcx), %rsp
	jmp	gorun_panicfromruntime
	.cfi_endproc
	.size	gorun_panicresume, .-gorun_panicresume

// void gorun_systemstack(void (*fn)(void*), void* arg): fn(arg) on g0.
	.globl	gorun_systemstack
	.type	gorun_systemstack, @function
gorun_systemstack:
	.cfi_startproc
	movq	%rdi, %r11
	movq	%rsi, %rdi
	jmp	gorun_systemstack_switch
	.cfi_endproc
	.size	gorun_systemstack, .-gorun_systemstack

// __morestack: called by the split-stack prologue of a JIT function F
// when rsp - framesize would fall below the limit in %fs:0x70 (or the
// limit is the preempt sentinel).
//
// On entry: [rsp] = return address (a ret in F's prologue, the body one
// byte later), [rsp+8] = F's own return address into its caller C,
// rbp = C's frame pointer, r10 = F's frame size, r11 = the size of F's
// stack arguments, rax = F's nest argument; every argument register live.
//
// It pushes a frame record and every argument register on the goroutine
// stack (the save area, a MorestackFrame in stack.cpp; StackGuard leaves
// room for it), then mcalls gorun_newstack on g0, which copies the stack
// (relocating the save area with everything else), handles a preemption
// request, and gogo's back here, maybe on the new stack. We restore the
// registers and jump to F's body (return address + 1), with rsp at F's
// return address exactly as if F had just been called on the new stack.
	.globl	__morestack
	.type	__morestack, @function
__morestack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register rbp
	pushq	%rax
	pushq	%rdi
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	subq	$128, %rsp
	movdqu	%xmm0, 0(%rsp)
	movdqu	%xmm1, 16(%rsp)
	movdqu	%xmm2, 32(%rsp)
	movdqu	%xmm3, 48(%rsp)
	movdqu	%xmm4, 64(%rsp)
	movdqu	%xmm5, 80(%rsp)
	movdqu	%xmm6, 96(%rsp)
	movdqu	%xmm7, 112(%rsp)
	LOAD_M	%rax
	testq	%rax, %rax
	jz	3f
	cmpq	$0, M_ONG0(%rax)
	jne	3f
	movq	M_CURG(%rax), %rdx		// gp
	leaq	G_SCHED(%rdx), %rdi		// &gp->sched
	leaq	gorun_newstack(%rip), %rsi
	movq	M_G0TOP(%rax), %rcx
	movq	$1, M_ONG0(%rax)
	callq	gorun_mcall
5:
	movdqu	0(%rsp), %xmm0
	movdqu	16(%rsp), %xmm1
	movdqu	32(%rsp), %xmm2
	movdqu	48(%rsp), %xmm3
	movdqu	64(%rsp), %xmm4
	movdqu	80(%rsp), %xmm5
	movdqu	96(%rsp), %xmm6
	movdqu	112(%rsp), %xmm7
	addq	$128, %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
	popq	%rax
	popq	%rbp
	.cfi_def_cfa rsp, 8
	popq	%r11
	addq	$1, %r11
	jmpq	*%r11
3:
	// On g0 (JIT code called back from the runtime, e.g. a String method
	// called by fmt), or no M. The check may have failed only because
	// %fs:0x70 held a goroutine's limit or the preempt sentinel (sysmon
	// writes it asynchronously; exitsyscall reinstalls curg's): if F's
	// frame fits above g0's own limit, reinstall that limit and run F.
	.cfi_def_cfa rbp, 16
	testq	%rax, %rax
	jz	4f
	movq	M_G0GUARD(%rax), %rcx
	leaq	16(%rbp), %rsi
	subq	-64(%rbp), %rsi			// F's rsp - F's frame size (saved r10)
	cmpq	%rcx, %rsi
	jb	4f
	movq	%rcx, %fs:0x70
	jmp	5b
4:
	// A g0 stack cannot grow. Report on the static stack.
	leaq	8(%rbp), %rdi
	movq	0(%rbp), %rsi
	movq	-64(%rbp), %rdx
	leaq	overflowstack_top(%rip), %rsp
	xorl	%ebp, %ebp
	callq	gorun_morestackOnG0
	ud2
	.cfi_endproc
	.size	__morestack, .-__morestack

// Runs fn(a0, a1, a2) on the static overflow stack: the stack overflow
// report, which must not touch the exhausted goroutine stack. Never
// returns.
	.globl	gorun_onOverflowStack
	.type	gorun_onOverflowStack, @function
gorun_onOverflowStack:
	.cfi_startproc
	.cfi_undefined rip
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	leaq	overflowstack_top(%rip), %rsp
	xorl	%ebp, %ebp
	callq	*%rax
	ud2
	.cfi_endproc
	.size	gorun_onOverflowStack, .-gorun_onOverflowStack

	.bss
	.balign	16
overflowstack:
	.skip	65536
overflowstack_top:

	.section .note.GNU-stack,"",@progbits
