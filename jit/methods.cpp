// Method sets, method tables, itabs and calls through interfaces.
//
// Method sets follow the spec: the method set of a defined type T holds
// the methods declared with receiver T, plus those promoted through
// embedded fields (S's value methods for an embedded S, S's and *S's for
// an embedded *S, every method of an embedded interface); the method set
// of *T adds the methods declared with receiver *T and the pointer methods
// of embedded S. methodSet() computes it with the same shallowest-depth
// rule as the checker's selector lookup, so an ambiguous or shadowed name
// is absent.
//
// Every type descriptor whose method set is not empty carries a method
// table (GoType::methods, sorted by name) whose entries are the functions
// an interface calls: they receive the interface's data word as their
// receiver. That is the method itself when the data word already is its
// receiver (a pointer method of *T, a value method of a pointer-shaped T);
// gc's wrapper "pkg.(*T).M" (derefWrapper) when the data word points at a
// T (T stored boxed, or *T calling a value method); and for promoted
// methods a wrapper "go:imethod.<T>.M" that walks the embedding path
// exactly as a selector would, nil checks included.
//
// An interface type's descriptor lists its methods' names and func types
// (GoMethod::ifn null), in the same order; the runtime matches names and
// types to build itabs for dynamic conversions (runtime/iface.cpp). A
// static conversion T -> I uses a constant itab "go:itab.<T>,<I>",
// linkonce_odr, so one per pair in the process.
//
// An interface call i.M(args) loads fun[k] (k = M's index in I's sorted
// method list) from i's itab, after a nil check of the itab, and calls it
// with the data word as receiver.

#include "jit/lowering.h"

#include "runtime/type.h"

#include <set>

using namespace llvm;

namespace gorun::jit {

namespace {

// The checker's lookupFieldOrMethod for methods (check_assign.cpp): a
// breadth-first search through embedded fields, shallowest depth wins, two
// at the same depth are ambiguous. `indirect` says the receiver is reached
// through a pointer (t is a pointer, or an embedded pointer is crossed).
bool lookupMethod(fe::Type* t, const std::string& name, std::vector<int>* path, fe::Func** found,
                  bool* indirect) {
  *found = nullptr;
  *indirect = false;
  bool startPtr = false;
  if (t->kind == fe::TypeKind::Pointer) {
    t = static_cast<fe::Pointer*>(t)->elem;
    startPtr = true;
  }
  if (auto* it = fe::underlying(t); it->kind == fe::TypeKind::Interface) {
    if (startPtr) return false;
    for (auto* m : static_cast<fe::Interface*>(it)->allMethods)
      if (m->name == name) {
        *found = m;
        return true;
      }
    return false;
  }
  struct Entry {
    fe::Type* type;
    std::vector<int> path;
    bool indirect;
  };
  std::vector<Entry> current = {{t, {}, startPtr}};
  std::set<fe::Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    fe::Object* hit = nullptr;
    int hits = 0;
    Entry hitEntry;
    for (auto& e : current) {
      if (e.type->kind == fe::TypeKind::Named) {
        auto* n = static_cast<fe::Named*>(e.type);
        if (!seen.insert(n).second) continue;
        for (auto* m : n->methods)
          if (m->name == name) hit = m, hits++, hitEntry = e;
      }
      fe::Type* u = fe::underlying(e.type);
      if (u->kind == fe::TypeKind::Struct) {
        auto* st = static_cast<fe::Struct*>(u);
        for (size_t i = 0; i < st->fields.size(); i++) {
          fe::Var* f = st->fields[i];
          if (f->name == name) hit = f, hits++, hitEntry = e;
          if (f->embedded) {
            fe::Type* ft = f->type;
            bool ind = e.indirect;
            if (ft->kind == fe::TypeKind::Pointer) {
              ft = static_cast<fe::Pointer*>(ft)->elem;
              ind = true;
            }
            auto p = e.path;
            p.push_back(int(i));
            next.push_back({ft, p, ind});
          }
        }
      } else if (u->kind == fe::TypeKind::Interface && !e.path.empty()) {
        for (auto* m : static_cast<fe::Interface*>(u)->allMethods)
          if (m->name == name) hit = m, hits++, hitEntry = e;
      }
    }
    if (hits > 1) return false;
    if (hits == 1) {
      if (hit->kind != fe::ObjKind::Func) return false;  // a field shadows
      *found = static_cast<fe::Func*>(hit);
      *path = hitEntry.path;
      *indirect = hitEntry.indirect;
      return true;
    }
    current = std::move(next);
  }
  return false;
}

// Every method name declared on a type reachable from t through embedding.
void candidateNames(fe::Type* t, std::set<std::string>& names, std::set<fe::Type*>& seen) {
  if (t->kind == fe::TypeKind::Pointer) t = static_cast<fe::Pointer*>(t)->elem;
  if (!seen.insert(t).second) return;
  if (t->kind == fe::TypeKind::Named)
    for (auto* m : static_cast<fe::Named*>(t)->methods) names.insert(m->name);
  fe::Type* u = fe::underlying(t);
  if (u->kind == fe::TypeKind::Struct) {
    for (auto* f : static_cast<fe::Struct*>(u)->fields)
      if (f->embedded) candidateNames(f->type, names, seen);
  } else if (u->kind == fe::TypeKind::Interface) {
    for (auto* m : static_cast<fe::Interface*>(u)->allMethods) names.insert(m->name);
  }
}

}  // namespace

std::vector<MethodEntry> Lowering::methodSet(fe::Type* t) {
  std::vector<MethodEntry> out;
  if (fe::isInterface(t)) return out;
  // A named pointer type, or a pointer to a pointer or an interface, has no methods.
  if (t->kind == fe::TypeKind::Named && fe::underlying(t)->kind == fe::TypeKind::Pointer) return out;
  if (t->kind == fe::TypeKind::Pointer) {
    fe::Type* e = static_cast<fe::Pointer*>(t)->elem;
    if (fe::underlying(e)->kind == fe::TypeKind::Pointer || fe::isInterface(e)) return out;
  }
  std::set<std::string> names;
  std::set<fe::Type*> seen;
  candidateNames(t, names, seen);
  for (const std::string& name : names) {  // std::set: sorted by name
    MethodEntry me;
    bool indirect = false;
    if (!lookupMethod(t, name, &me.path, &me.func, &indirect)) continue;
    if (me.func->decl && me.func->hasPtrRecv() && !indirect) continue;
    me.name = name;
    out.push_back(std::move(me));
  }
  return out;
}

// The receiver `m` expects, from a Place of the value that has the method
// (after the embedding path), as receiver() in calls.cpp adapts it.
Value* Lowering::receiverFromPlace(Place p, fe::Func* m) {
  if (p.form != Place::Ptr && fe::underlying(p.type)->kind == fe::TypeKind::Pointer)
    p = {Place::Ptr, placeValue(p), p.type};
  if (m->hasPtrRecv()) {
    if (p.form == Place::Val) return spill(p.type, p.v);
    return p.v;
  }
  fe::Type* recvT = signatureOf(m)->recv->type;
  if (p.form == Place::Ptr) {
    nilCheck(p.v);
    return loadValue(recvT, p.v);
  }
  if (p.form == Place::Addr) return loadValue(recvT, p.v);
  return p.v;
}

// The signature of an itab entry for interface method `im`: receiver = the
// data word.
fe::Signature* Lowering::ifaceEntrySig(fe::Signature* msig) {
  auto* sig = withoutReceiver(msig);
  sig->recv = tc_.make<fe::Var>("data", fe::Pos{});
  sig->recv->type = tc_.basic(fe::TypeKind::UnsafePointer);
  return sig;
}

std::string Lowering::descName(fe::Type* t) {
  StringRef n = cast<GlobalVariable>(typeDesc(t))->getName();
  n.consume_front("type:");
  return n.str();
}

Function* Lowering::ifaceMethodEntry(fe::Type* d, const MethodEntry& me) {
  fe::Func* m = me.func;
  bool ptrD = fe::underlying(d)->kind == fe::TypeKind::Pointer;
  if (me.path.empty() && m->decl) {
    if (m->hasPtrRecv()) return funcFor(m);  // d is *T: the word is the receiver
    if (ptrD || !isDirectIface(d)) return derefWrapper(m);  // the word points at a T
    if (valType(d) == ptr_) return funcFor(m);  // a pointer-shaped T: the word is the T
  }
  std::string name = "go:imethod." + descName(d) + "." + me.name;
  // A REPL method may be redefined: the wrapper of each definition is
  // another function (the names are linkonce_odr).
  if (m->decl && !m->pkg->linkPrefix.empty()) name += "@" + m->pkg->linkPrefix;
  if (Function* fn = mod_->getFunction(name)) return fn;
  fe::Signature* msig = signatureOf(m);
  fe::Signature* sig = ifaceEntrySig(msig);
  Function* fn = defineFunction(name, funcType(sig), GlobalValue::LinkOnceODRLinkage);
  inNewFunction(fn, sig, [&] {
    Value* data = fn->getArg(1);
    Place p;
    if (ptrD) {
      p = {Place::Ptr, data, d};
    } else if (isDirectIface(d)) {
      Value* slot = entryAlloca(memType(d));
      b_.CreateStore(data, slot);  // a one-pointer struct or array: its word
      p = {Place::Addr, slot, d};
    } else {
      p = {Place::Addr, data, d};
    }
    p = walkPath(p, me.path, me.path.size());
    std::vector<Value*> args;
    for (unsigned i = 2; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
    Value* r;
    if (!m->decl) {
      // A method of an embedded interface field.
      r = ifaceCallValue(placeValue(p), p.type, m, args);
    } else {
      args.insert(args.begin(), receiverFromPlace(p, m));
      args.insert(args.begin(), ConstantPointerNull::get(ptr_));
      r = b_.CreateCall(funcFor(m), args);
    }
    if (fn->getReturnType()->isVoidTy())
      b_.CreateRetVoid();
    else
      b_.CreateRet(r);
    startDeadBlock();
  });
  return fn;
}

// The method table of a concrete type's descriptor: {array, count}, or
// {null, 0}.
std::pair<Constant*, int64_t> Lowering::methodTable(fe::Type* t, StringRef descGlobalName) {
  Constant* null = ConstantPointerNull::get(ptr_);
  std::vector<Constant*> entries;
  if (fe::isInterface(t)) {
    for (fe::Func* m : static_cast<fe::Interface*>(fe::underlying(t))->allMethods)
      entries.push_back(ConstantStruct::get(
          methodDescTy(), {stringConst(m->name), typeDesc(withoutReceiver(signatureOf(m))), null}));
  } else {
    for (const MethodEntry& me : methodSet(t)) {
      fe::Signature* msig = signatureOf(me.func);
      entries.push_back(ConstantStruct::get(
          methodDescTy(),
          {stringConst(me.name), typeDesc(withoutReceiver(msig)), ifaceMethodEntry(t, me)}));
    }
  }
  if (entries.empty()) return {null, 0};
  auto* arrTy = ArrayType::get(methodDescTy(), entries.size());
  // A REPL type's table is each module's own (private): an earlier
  // module's table under the same name may list other methods.
  auto* gv = new GlobalVariable(
      *mod_, arrTy, true, replMutable(t) ? GlobalValue::PrivateLinkage : GlobalValue::LinkOnceODRLinkage,
      ConstantArray::get(arrTy, entries), descGlobalName + ".methods");
  gv->setAlignment(Align(8));
  return {gv, int64_t(entries.size())};
}

StructType* Lowering::methodDescTy() {
  // runtime::GoMethod.
  return StructType::get(ctx_, {stringTy_, ptr_, ptr_});
}

Constant* Lowering::itabFor(fe::Type* concrete, fe::Type* iface) {
  std::string name = "go:itab." + descName(concrete) + "," + descName(iface);
  if (auto* gv = mod_->getNamedGlobal(name)) return gv;
  auto* it = static_cast<fe::Interface*>(fe::underlying(iface));
  std::vector<MethodEntry> ms = methodSet(concrete);
  std::vector<Constant*> fun;
  for (fe::Func* im : it->allMethods) {
    const MethodEntry* hit = nullptr;
    for (auto& me : ms)
      if (me.name == im->name) hit = &me;
    if (!hit) {
      fail(fe::Pos{}, "internal error: " + fe::typeString(concrete) + " lacks method " + im->name);
      fun.push_back(ConstantPointerNull::get(ptr_));
      continue;
    }
    fun.push_back(ifaceMethodEntry(concrete, *hit));
  }
  auto* funTy = ArrayType::get(ptr_, fun.size());
  auto* ty = StructType::get(ctx_, {ptr_, ptr_, i32_, i32_, funTy});
  // The hash only has to be the same for the same type (Go's type hash).
  uint32_t hash = 2166136261u;
  for (char ch : descName(concrete)) hash = (hash ^ uint8_t(ch)) * 16777619u;
  // A REPL type's itab is retargeted when its methods change
  // (runtime/iface.cpp's itabsRetarget): writable, and registered.
  bool mutableT = replMutable(concrete);
  auto* gv = new GlobalVariable(
      *mod_, ty, /*isConstant=*/!mutableT, GlobalValue::LinkOnceODRLinkage,
      ConstantStruct::get(ty, {typeDesc(iface), typeDesc(concrete), b_.getInt32(hash), b_.getInt32(0),
                               ConstantArray::get(funTy, fun)}),
      name);
  gv->setAlignment(Align(8));
  if (mutableT) replItabs_.push_back(gv);
  return gv;
}

// ---------------------------------------------------------------------------
// Calls through interfaces

int Lowering::ifaceMethodIndex(fe::Type* iface, const std::string& name) {
  auto* it = static_cast<fe::Interface*>(fe::underlying(iface));
  for (size_t i = 0; i < it->allMethods.size(); ++i)
    if (it->allMethods[i]->name == name) return int(i);
  fail(fe::Pos{}, "internal error: interface has no method " + name);
  return 0;
}

Value* Lowering::ifaceCallValue(Value* iv, fe::Type* ifaceT, fe::Func* m,
                                ArrayRef<Value*> args) {
  Value* tab = b_.CreateExtractValue(iv, {0});
  Value* data = b_.CreateExtractValue(iv, {1});
  nilCheck(tab);  // a nil interface: Go's nil pointer dereference
  int k = ifaceMethodIndex(ifaceT, m->name);
  // GoItab: inter, type, hash+pad, fun[]
  Value* fn = b_.CreateLoad(ptr_, b_.CreateConstInBoundsGEP1_64(ptr_, tab, 3 + k), "imethod");
  fe::Signature* sig = ifaceEntrySig(signatureOf(m));
  std::vector<Value*> all{ConstantPointerNull::get(ptr_), data};
  all.insert(all.end(), args.begin(), args.end());
  return emitCall(FunctionCallee(funcType(sig), fn), all);
}

Value* Lowering::ifaceCall(fe::CallExpr* c, fe::SelectorExpr* se, fe::Func* m) {
  if (se->selKind == fe::SelKind::MethodExpr) {
    // I.M(i, args...)
    if (c->args.empty()) return fail(c->pos, "internal error: method expression without receiver");
    Value* iv = exprTo(c->args[0], se->x->type);
    std::vector<Value*> args = callArgs(c, signatureOf(m), 1);
    return ifaceCallValue(iv, se->x->type, m, args);
  }
  Place p = walkPath(place(se->x), se->path, se->path.size());
  Value* iv = placeValue(p);
  std::vector<Value*> args = callArgs(c, signatureOf(m), 0);
  return ifaceCallValue(iv, p.type, m, args);
}

// i.M as a value: binds i (nil-checked now, as Go does) in a closure
// {code, itab, data} whose code calls through the itab.
Value* Lowering::ifaceMethodValue(fe::SelectorExpr* se) {
  auto* m = static_cast<fe::Func*>(se->sel->obj);
  Place p = walkPath(place(se->x), se->path, se->path.size());
  Value* iv = placeValue(p);
  fe::Type* ifaceT = p.type;
  nilCheck(b_.CreateExtractValue(iv, {0}));
  fe::Type* objT = structOf({tc_.basic(fe::TypeKind::UnsafePointer), ifaceT});
  Type* objTy = memType(objT);
  std::string name = "go:ifacemv." + descName(ifaceT) + "." + m->name;
  fe::Signature* sig = withoutReceiver(signatureOf(m));
  Function* fn = mod_->getFunction(name);
  if (!fn) {
    fn = defineFunction(name, funcType(sig), GlobalValue::LinkOnceODRLinkage);
    inNewFunction(fn, sig, [&] {
      Value* bound = loadValue(ifaceT, b_.CreateStructGEP(objTy, fn->getArg(0), 1));
      std::vector<Value*> args;
      for (unsigned i = 1; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
      Value* r = ifaceCallValue(bound, ifaceT, m, args);
      if (fn->getReturnType()->isVoidTy())
        b_.CreateRetVoid();
      else
        b_.CreateRet(r);
      startDeadBlock();
    });
  }
  Value* obj = mallocgc(objT);
  b_.CreateStore(fn, b_.CreateStructGEP(objTy, obj, 0));
  storeValue(ifaceT, iv, b_.CreateStructGEP(objTy, obj, 1));
  return obj;
}

// I.M as a value: func(i I, args...) calling through i's itab.
Value* Lowering::ifaceMethodExprValue(fe::SelectorExpr* se) {
  auto* m = static_cast<fe::Func*>(se->sel->obj);
  fe::Type* ifaceT = se->x->type;
  std::string name = "go:ifacemx." + descName(ifaceT) + "." + m->name;
  fe::Signature* msig = signatureOf(m);
  auto* sig = withoutReceiver(msig);
  sig->recv = tc_.make<fe::Var>("recv", fe::Pos{});
  sig->recv->type = ifaceT;
  Function* fn = mod_->getFunction(name);
  if (!fn) {
    fn = defineFunction(name, funcType(sig), GlobalValue::LinkOnceODRLinkage);
    inNewFunction(fn, sig, [&] {
      std::vector<Value*> args;
      for (unsigned i = 2; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
      Value* r = ifaceCallValue(fn->getArg(1), ifaceT, m, args);
      if (fn->getReturnType()->isVoidTy())
        b_.CreateRetVoid();
      else
        b_.CreateRet(r);
      startDeadBlock();
    });
  }
  return constClosure(fn);
}

}  // namespace gorun::jit
