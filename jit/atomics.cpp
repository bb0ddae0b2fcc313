// sync/atomic's functions, package sync's runtime atomics and atomic.Value's
// box-pointer operations, lowered as LLVM atomic instructions.
//
// They are natives: declared without bodies (stdlib/sync/atomic/doc.go,
// value.go, stdlib/sync/runtime.go, runtime2.go), so each gets a wrapper
// (lowerNativeWrapper). For a native the wrapper packs the arguments into a
// block and calls C++; for these one-instruction operations that call was
// most of the cost, and it sat exactly where it hurts: a contended
// sync.Mutex spends its time between the CAS of Lock and the add of
// Unlock, and every instruction there widens the window in which the other
// P's CAS fails and it falls into lockSlow. So the wrapper's body is the
// instruction itself, sequentially consistent as Go's on amd64 (lock
// cmpxchg, lock xadd, xchg; a seq_cst store is an xchg).
//
// Which natives: a function of package sync or sync/atomic whose name
// starts with one of the operations below (Go's exported spelling, or the
// lower-case one of the runtime helpers) and whose signature has the
// operation's shape; anything else stays a native call. A nil address
// panics as Go's does (the explicit nil check JIT code uses everywhere:
// runtime error: invalid memory address or nil pointer dereference).
#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

enum class AtomicOp { Add, Load, Store, Swap, Cas };

struct AtomicShape {
  AtomicOp op;
  size_t params;   // besides the address
  bool hasResult;  // Cas: a bool; the others: the value type
};

// The operation `name` (after the package) names, if any.
std::optional<AtomicShape> atomicShape(std::string_view name) {
  static const struct {
    std::string_view exported, runtime;
    AtomicShape shape;
  } ops[] = {
      {"CompareAndSwap", "cas", {AtomicOp::Cas, 2, true}},
      {"Add", "add", {AtomicOp::Add, 1, true}},
      {"Load", "load", {AtomicOp::Load, 0, true}},
      {"Store", "store", {AtomicOp::Store, 1, false}},
      {"Swap", "swap", {AtomicOp::Swap, 1, true}},
  };
  for (const auto& o : ops)
    if (name.starts_with(o.exported) || name.starts_with(o.runtime)) return o.shape;
  return std::nullopt;
}

}  // namespace

bool Lowering::lowerAtomicNative(fe::Func* f, Function* fn, fe::Signature* sig) {
  if (!f->pkg || (f->pkg->path != "sync" && f->pkg->path != "sync/atomic") || sig->recv) return false;
  auto shape = atomicShape(f->name);
  if (!shape || sig->params.size() != shape->params + 1 ||
      sig->results.size() != (shape->hasResult ? 1u : 0u))
    return false;
  fe::Type* addrType = fe::underlying(sig->params[0]->type);
  if (addrType->kind != fe::TypeKind::Pointer) return false;
  fe::Type* elem = static_cast<fe::Pointer*>(addrType)->elem;
  fe::TypeKind k = fe::underlying(elem)->kind;
  bool isPtr = k == fe::TypeKind::Pointer;
  if (!isPtr && !fe::isInteger(elem)) return false;
  if (shape->op == AtomicOp::Add && isPtr) return false;
  for (size_t i = 1; i < sig->params.size(); ++i)
    if (!fe::identical(sig->params[i]->type, elem)) return false;
  if (shape->op != AtomicOp::Cas && shape->hasResult && !fe::identical(sig->results[0]->type, elem))
    return false;

  recordMeta(fn, sig, f->pos);
  beginFunction(fn, sig);
  Value* p = fn->getArg(1);
  nilCheck(p);
  Type* ty = memType(elem);
  Align align(dl_.getTypeStoreSize(ty));
  constexpr auto order = AtomicOrdering::SequentiallyConsistent;
  switch (shape->op) {
    case AtomicOp::Add: {
      Value* delta = fn->getArg(2);
      Value* old = b_.CreateAtomicRMW(AtomicRMWInst::Add, p, delta, align, order);
      b_.CreateRet(b_.CreateAdd(old, delta));
      break;
    }
    case AtomicOp::Load: {
      LoadInst* v = b_.CreateAlignedLoad(ty, p, align);
      v->setAtomic(order);
      b_.CreateRet(v);
      break;
    }
    case AtomicOp::Store: {
      StoreInst* s = b_.CreateAlignedStore(fn->getArg(2), p, align);
      s->setAtomic(order);
      b_.CreateRetVoid();
      break;
    }
    case AtomicOp::Swap:
      b_.CreateRet(b_.CreateAtomicRMW(AtomicRMWInst::Xchg, p, fn->getArg(2), align, order));
      break;
    case AtomicOp::Cas: {
      Value* pair = b_.CreateAtomicCmpXchg(p, fn->getArg(2), fn->getArg(3), align, order, order);
      b_.CreateRet(b_.CreateExtractValue(pair, 1));
      break;
    }
  }
  startDeadBlock();
  finishFunction();
  return true;
}

}  // namespace gorun::jit
