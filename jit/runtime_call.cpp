// Calls from compiled code into the runtime's C ABI (runtime/abi.h).
//
// Every runtime entry point is reached through callRuntime("runtime.X", ...),
// which declares the function on first use from the table below. The names
// are Go's ("runtime.panicIndex"); the session binds each to the C function
// gorun_X through runtime::runtimeSymbols(). Aggregates never cross this
// boundary by value: callers spill strings, slices and interfaces to the
// stack and pass pointers (spill), so the IR never depends on how the C ABI
// would classify a struct.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

// Signature letters: v void, p ptr, i i64, b bool (i1 zeroext), d double.
// "r:abc" returns r and takes a, b, c.
struct RuntimeSig {
  const char* name;
  const char* sig;
  bool noreturn;
};

constexpr RuntimeSig kRuntimeSigs[] = {
    {"runtime.mallocgc", "p:ip", false},
    {"runtime.makeslice", "p:pii", false},
    {"runtime.growslice", "v:pppi", false},
    {"runtime.panicIndex", "v:ii", true},
    {"runtime.panicSliceAlen", "v:ii", true},
    {"runtime.panicSliceAcap", "v:ii", true},
    {"runtime.panicSliceB", "v:ii", true},
    {"runtime.panicSlice3Alen", "v:ii", true},
    {"runtime.panicSlice3Acap", "v:ii", true},
    {"runtime.panicSlice3B", "v:ii", true},
    {"runtime.panicSlice3C", "v:ii", true},
    {"runtime.panicdivide", "v:", true},
    {"runtime.panicmem", "v:", true},
    {"runtime.panicshift", "v:", true},
    {"runtime.gopanic", "v:p", true},
    {"runtime.concatstrings", "v:ppi", false},
    {"runtime.cmpstring", "i:pp", false},
    {"runtime.intstring", "v:pi", false},
    {"runtime.slicebytetostring", "v:ppi", false},
    {"runtime.stringtoslicebyte", "v:pp", false},
    {"runtime.stringtoslicerune", "v:pp", false},
    {"runtime.slicerunetostring", "v:ppi", false},
    {"runtime.decoderune", "v:ppi", false},
    {"runtime.printbool", "v:b", false},
    {"runtime.printint", "v:i", false},
    {"runtime.printuint", "v:i", false},
    {"runtime.printfloat", "v:d", false},
    {"runtime.printcomplex", "v:dd", false},
    {"runtime.printstring", "v:p", false},
    {"runtime.printpointer", "v:p", false},
    {"runtime.printslice", "v:p", false},
    {"runtime.printeface", "v:p", false},
    {"runtime.printsp", "v:", false},
    {"runtime.printnl", "v:", false},
    // defer, panic, recover (jit/defer.cpp, runtime/defer.cpp)
    {"runtime.deferframe", "i:", false},
    {"runtime.deferproc", "v:ipi", false},
    {"runtime.deferpop", "p:i", false},
    {"runtime.deferlanding", "i:pi", false},
    {"runtime.gorecover", "v:pp", false},
    {"runtime.panicnilmap", "v:", true},
    {"runtime.growstack16k", "v:", false},
    // maps (jit/maps.cpp, runtime/map.cpp)
    {"runtime.makemap", "p:pi", false},
    {"runtime.mapaccess1", "p:ppp", false},
    {"runtime.mapaccess2", "p:ppp", false},
    {"runtime.mapassign", "p:ppp", false},
    {"runtime.mapdelete", "v:ppp", false},
    {"runtime.mapclear", "v:pp", false},
    {"runtime.mapiterinit", "v:ppp", false},
    {"runtime.mapiternext", "v:p", false},
    // Interfaces (runtime/iface.cpp).
    {"runtime.getitab", "p:ppb", false},
    {"runtime.additabs", "v:pi", false},
    {"runtime.replMethods", "v:pi", false},
    {"runtime.panicdottype", "v:ppp", true},
    {"runtime.efaceeq", "i:pp", false},
    // Channels and select (jit/channels.cpp, select.cpp; runtime/chan.cpp,
    // select.cpp).
    {"runtime.makechan", "p:pi", false},
    {"runtime.closechan", "v:p", false},
    {"runtime.chansend1", "v:pp", false},
    {"runtime.chanrecv1", "v:pp", false},
    {"runtime.chanrecv2", "i:pp", false},
    {"runtime.selectnbsend", "i:pp", false},
    {"runtime.selectnbrecv", "i:pp", false},
    {"runtime.selectgo", "i:ppiiip", false},
    {"runtime.block", "v:", true},
};

}  // namespace

FunctionCallee Lowering::runtimeFunc(StringRef name) {
  if (Function* f = mod_->getFunction(name)) return f;
  const RuntimeSig* rs = nullptr;
  for (const auto& s : kRuntimeSigs)
    if (name == s.name) rs = &s;
  if (!rs) {
    fail(fe::Pos{}, "internal error: unknown runtime function " + name);
    rs = &kRuntimeSigs[0];  // keep going with a well-formed declaration
    name = rs->name;
    if (Function* f = mod_->getFunction(name)) return f;
  }
  auto letter = [&](char c) -> Type* {
    switch (c) {
      case 'p': return ptr_;
      case 'i': return i64_;
      case 'b': return i1_;
      case 'd': return Type::getDoubleTy(ctx_);
      default: return Type::getVoidTy(ctx_);
    }
  };
  StringRef sig(rs->sig);
  Type* ret = letter(sig[0]);
  std::vector<Type*> params;
  for (char c : sig.drop_front(2)) params.push_back(letter(c));
  auto* f = Function::Create(FunctionType::get(ret, params, false), GlobalValue::ExternalLinkage,
                             name, *mod_);
  for (unsigned i = 0; i < params.size(); ++i)
    if (params[i] == i1_) f->addParamAttr(i, Attribute::ZExt);
  if (rs->noreturn) {
    f->setDoesNotReturn();
    f->addFnAttr(Attribute::Cold);
  }
  // No nounwind: a Go panic unwinds (as a C++ exception) out of these.
  return f;
}

CallInst* Lowering::callRuntime(StringRef name, ArrayRef<Value*> args) {
  FunctionCallee fc = runtimeFunc(name);
  FunctionType* ft = fc.getFunctionType();
  if (ft->getNumParams() != args.size()) {
    fail(fe::Pos{}, "internal error: wrong argument count for " + name);
    std::vector<Value*> fixed;
    for (Type* t : ft->params()) fixed.push_back(PoisonValue::get(t));
    return b_.CreateCall(fc, fixed);
  }
  return b_.CreateCall(fc, args);
}

void Lowering::panicRuntime(StringRef name, ArrayRef<Value*> args) {
  callRuntime(name, args);
  b_.CreateUnreachable();
  startDeadBlock();
}

Value* Lowering::mallocgc(fe::Type* t) {
  return callRuntime("runtime.mallocgc", {b_.getInt64(sizeOf(t)), typeDesc(t)});
}

Value* Lowering::spill(fe::Type* t, Value* v) {
  AllocaInst* a = entryAlloca(memType(t), "spill");
  a->setAlignment(alignOf(t));
  storeValue(t, v, a);
  return a;
}

}  // namespace gorun::jit
