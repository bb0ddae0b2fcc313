// Packages and functions: module set-up, function prologues (parameter and
// variable storage), native wrappers, package initialisation and the
// program's entry.
//
// Link names. A function or method is Func::fullName ("main.f",
// "main.T.M", "main.(*T).M"); a func literal is FuncLit::name
// ("main.main.func1"); a package-level variable "<path>.<name>". init()
// functions cannot be referred to, and a package may have several, so they
// are "<path>.init.<k>" in source order; "<path>.init" is the generated
// package initialiser: the variable initialisers in Package::initOrder, then
// the init functions. "gorun.entry" calls every package's initialiser in
// dependency order, then main.main. Everything defined gets external
// linkage, closures and init functions included: JITLink reports local
// symbols without usable names, and tracebacks need every function's name.
//
// Every defined function gets "split-stack" (goroutine stacks grow by
// copying, DESIGN.md), "frame-pointer"="all" (tracebacks and stack
// relocation walk the frame-pointer chain), "disable-tail-calls" (Go keeps
// every frame) and an unwind table (panics unwind through compiled frames). Allocas are placed only in the entry
// block, before `allocaPoint`, so no function needs a dynamic alloca.
//
// Natives: a bodyless FuncDecl of a stdlib package is implemented in C++ as
// `void <fullName>$native(Results*, const Params*)`. Its Go-ABI definition
// here spills the parameters into a Params struct (Go's memory layout),
// calls the native, and loads the results back.

#include "jit/lowering.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Support/raw_ostream.h>

using namespace llvm;

namespace gorun::jit {

Lowering::Lowering(fe::TypeContext& tc, LLVMContext& ctx, const DataLayout& dl,
                   const std::string& triple)
    : tc_(tc), ctx_(ctx), dl_(dl), triple_(triple), b_(ctx) {
  i1_ = Type::getInt1Ty(ctx);
  i8_ = Type::getInt8Ty(ctx);
  i32_ = Type::getInt32Ty(ctx);
  i64_ = Type::getInt64Ty(ctx);
  ptr_ = PointerType::getUnqual(ctx);
  stringTy_ = StructType::get(ctx, {ptr_, i64_});
  sliceTy_ = StructType::get(ctx, {ptr_, i64_, i64_});
  ifaceTy_ = StructType::get(ctx, {ptr_, ptr_});
  // runtime::GoType, field for field (runtime/type.h).
  typeDescTy_ = StructType::get(ctx, {i64_, i32_, i8_, i8_, i8_, i8_, stringTy_, ptr_, ptr_, i64_,
                                      ptr_, ptr_, i32_, i32_, ptr_, i64_, ptr_,
                                      /* ptrdata, gcdata (gcdata.cpp) */ i64_, ptr_});
  // runtime::GoStructField.
  fieldDescTy_ = StructType::get(ctx, {stringTy_, ptr_, i64_, i8_, i8_});
}

Lowering::~Lowering() = default;

std::nullptr_t Lowering::fail(fe::Pos pos, const Twine& msg) {
  if (!pos.valid()) pos = curPos_;  // deep helpers know no position
  if (!error_) {
    std::string where = file_ ? file_->filename : std::string("gorun");
    if (pos.valid()) where += ":" + std::to_string(lineOf(pos)) + ":" + std::to_string(pos.col);
    error_ = where + ": " + msg.str();
  }
  return nullptr;
}

std::nullptr_t Lowering::unsupported(fe::Pos pos, const Twine& feature) {
  return fail(pos, "gorun: " + feature + " not supported yet");
}

// ---------------------------------------------------------------------------
// Functions

Function* Lowering::defineFunction(StringRef name, FunctionType* ty,
                                   GlobalValue::LinkageTypes linkage) {
  Function* fn = mod_->getFunction(name);
  if (fn && !fn->isDeclaration()) {
    fail(fe::Pos{}, "internal error: function " + name + " defined twice");
    fn = nullptr;
  }
  if (fn && fn->getFunctionType() != ty) {
    fail(fe::Pos{}, "internal error: function " + name + " declared with another type");
    fn = nullptr;
  }
  if (!fn) fn = Function::Create(ty, linkage, fn ? "" : name, *mod_);
  fn->setLinkage(linkage);
  fn->addFnAttr("split-stack");
  fn->addFnAttr("frame-pointer", "all");
  // Go has no tail calls: every frame shows in tracebacks, and unbounded
  // recursion overflows the stack instead of becoming a loop (this also
  // turns off LLVM's tail-recursion elimination at -O).
  fn->addFnAttr("disable-tail-calls", "true");
  fn->setUWTableKind(UWTableKind::Async);
  return fn;
}

fe::Signature* Lowering::signatureOf(fe::Func* f) {
  return static_cast<fe::Signature*>(f->type);
}

Function* Lowering::funcFor(fe::Func* f) {
  std::string name = f->fullName;
  if (f->decl) {
    auto it = initNames_.find(f->decl);
    if (it != initNames_.end()) name = it->second;
  }
  if (auto it = unlowered_.find(f); it != unlowered_.end()) {
    queue_.push_back(it->second);
    unlowered_.erase(it);
  }
  FunctionType* ty = funcType(signatureOf(f));
  if (Function* fn = mod_->getFunction(name)) {
    if (fn->getFunctionType() == ty) return fn;
    fail(f->pos, "internal error: " + name + " used with two types");
    return fn;
  }
  return Function::Create(ty, GlobalValue::ExternalLinkage, name, *mod_);
}

AllocaInst* Lowering::entryAlloca(Type* ty, const Twine& name) {
  IRBuilder<> eb(fn_->allocaPoint);
  eb.SetCurrentDebugLocation(DebugLoc());
  return eb.CreateAlloca(ty, nullptr, name);
}

VarStorage Lowering::declareVar(fe::Var* v, bool zero) {
  VarStorage st;
  if (v->escapes) {
    st.heap = true;
    st.slot = entryAlloca(ptr_, v->name + ".cell");
    b_.CreateStore(mallocgc(v->type), st.slot);
  } else {
    auto* a = entryAlloca(memType(v->type), v->name);
    a->setAlignment(alignOf(v->type));
    st.slot = a;
    if (zero) zeroMem(v->type, a);
  }
  fn_->vars[v] = st;
  if (!fn_->scopes.empty()) fn_->scopes.back().push_back(v);
  return st;
}

std::string Lowering::globalName(fe::Var* v) {
  return (v->pkg ? v->pkg->linkPath() : std::string("main")) + "." + v->name;
}

GlobalVariable* Lowering::globalFor(fe::Var* v) {
  std::string name = globalName(v);
  if (auto* gv = mod_->getNamedGlobal(name)) return gv;
  Type* ty = memType(v->type);
  bool local = v->pkg == pkg_;
  auto* gv = new GlobalVariable(*mod_, ty, false, GlobalValue::ExternalLinkage,
                                local ? Constant::getNullValue(ty) : nullptr, name);
  gv->setAlignment(alignOf(v->type));
  return gv;
}

Value* Lowering::varAddr(fe::Var* v) {
  if (v->isGlobal) return globalFor(v);
  if (fn_) {
    auto it = fn_->vars.find(v);
    if (it != fn_->vars.end()) {
      if (it->second.heap) return b_.CreateLoad(ptr_, it->second.slot, v->name + ".addr");
      return it->second.slot;
    }
  }
  fail(v->pos, "internal error: variable " + v->name + " has no storage");
  return entryAlloca(memType(v->type));
}

void Lowering::beginFunction(Function* fn, fe::Signature* sig) {
  auto* st = new FuncState;
  st->fn = fn;
  st->sig = sig;
  st->entry = BasicBlock::Create(ctx_, "entry", fn);
  b_.SetInsertPoint(st->entry);
  if (DISubprogram* sp = fn->getSubprogram())
    b_.SetCurrentDebugLocation(DILocation::get(ctx_, sp->getLine(), 0, sp));
  else
    b_.SetCurrentDebugLocation(DebugLoc());
  // A no-op marker: allocas go before it, code after it.
  st->allocaPoint = cast<Instruction>(b_.CreateAlloca(i8_, nullptr, "allocapoint"));
  fn_ = st;
}

void Lowering::finishFunction() {
  BasicBlock* cur = b_.GetInsertBlock();
  if (cur && !cur->getTerminator()) {
    if (fn_->fn->getReturnType()->isVoidTy())
      b_.CreateRetVoid();
    else
      b_.CreateUnreachable();
  }
  // Blocks created for dead code after a terminator may be left empty.
  for (BasicBlock& bb : *fn_->fn)
    if (!bb.getTerminator()) {
      IRBuilder<> eb(&bb);
      eb.CreateUnreachable();
    }
  fn_->allocaPoint->eraseFromParent();
  // Dead blocks (code after return, break, goto) cost FastISel time.
  EliminateUnreachableBlocks(*fn_->fn);
  delete fn_;
  fn_ = nullptr;
}

// Lowers a body into `fn`, whose parameters follow funcType(sig). Captured
// variables are read from the closure context (ctx[i+1], one cell pointer
// each).
// ---------------------------------------------------------------------------
// Debug information: line tables only, for tracebacks (jit/linetable.h).

void Lowering::beginDebugInfo() {
  dib_ = std::make_unique<DIBuilder>(*mod_);
  mod_->addModuleFlag(Module::Warning, "Debug Info Version", DEBUG_METADATA_VERSION);
  mod_->addModuleFlag(Module::Warning, "Dwarf Version", 4);
  diFiles_.clear();
  cu_ = nullptr;
}

void Lowering::finishDebugInfo() {
  if (dib_) dib_->finalize();
}

// The line a traceback prints for pos: lines of a generated header (a
// REPL input's) do not count; 0 for a position inside the header.
uint32_t Lowering::lineOf(fe::Pos pos) const {
  uint32_t header = file_ ? file_->headerLines : 0;
  return pos.line > header ? pos.line - header : 0;
}

void Lowering::recordMeta(Function* fn, fe::Signature* sig, fe::Pos pos, std::string goName) {
  FuncMeta m;
  if (pos.valid() && file_ && !file_->filename.empty()) {
    // Go prints absolute paths; a REPL input ("<input 3>") is no file.
    SmallString<256> path(file_->filename);
    if (!path.starts_with("<")) {
      sys::fs::make_absolute(path);
      sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    }
    m.file = path.str().str();
    m.line = int32_t(lineOf(pos));
  } else {
    m.file = "<autogenerated>";
    m.line = 1;
  }
  m.hasParams = sig && (sig->recv || !sig->params.empty());
  m.name = std::move(goName);
  if (dib_) {
    DIFile*& file = diFiles_[m.file];
    if (!file)
      file = dib_->createFile(sys::path::filename(m.file), sys::path::parent_path(m.file));
    if (!cu_)
      cu_ = dib_->createCompileUnit(dwarf::DW_LANG_Go, file, "gorun", false, "", 0, "",
                                    DICompileUnit::LineTablesOnly);
    auto* ty = dib_->createSubroutineType(dib_->getOrCreateTypeArray({}));
    DISubprogram* sp = dib_->createFunction(file, fn->getName(), fn->getName(), file,
                                            unsigned(m.line), ty, unsigned(m.line),
                                            DINode::FlagZero, DISubprogram::SPFlagDefinition);
    fn->setSubprogram(sp);
  }
  if (meta_) (*meta_)[fn->getName().str()] = std::move(m);
}

void Lowering::setLocation(fe::Pos pos) {
  if (!fn_ || !pos.valid()) return;
  if (DISubprogram* sp = fn_->fn->getSubprogram())
    b_.SetCurrentDebugLocation(DILocation::get(ctx_, lineOf(pos), pos.col, sp));
}

void Lowering::lowerFuncBody(Function* fn, fe::Signature* sig, fe::BlockStmt* body,
                             const std::vector<fe::Var*>& captures, fe::Pos pos) {
  recordMeta(fn, sig, pos);
  beginFunction(fn, sig);
  unsigned argNo = 0;
  Argument* ctxArg = fn->getArg(argNo++);
  ctxArg->setName("ctx");
  for (size_t i = 0; i < captures.size(); ++i) {
    Value* cellp = b_.CreateConstGEP1_64(ptr_, ctxArg, i + 1);
    Value* cell = b_.CreateLoad(ptr_, cellp, captures[i]->name + ".cap");
    VarStorage st;
    st.heap = true;
    st.slot = entryAlloca(ptr_, captures[i]->name + ".slot");
    b_.CreateStore(cell, st.slot);
    fn_->vars[captures[i]] = st;
  }
  auto bindParam = [&](fe::Var* v) {
    Argument* a = fn->getArg(argNo++);
    if (!v || v->name.empty() || v->name == "_") return;
    a->setName(v->name);
    VarStorage st = declareVar(v, /*zero=*/false);
    Value* where = st.heap ? b_.CreateLoad(ptr_, st.slot) : st.slot;
    storeValue(v->type, a, where);
  };
  if (sig->recv) bindParam(sig->recv);
  for (auto* p : sig->params) bindParam(p);
  bool named = !sig->results.empty() && !sig->results[0]->name.empty();
  if (named) {
    for (auto* r : sig->results) {
      fn_->namedResults.push_back(r);
      declareVar(r);  // "_" results too: a bare return reads them
    }
  }
  bool defers = hasDefer(body);
  if (defers) beginDefers();  // defer.cpp
  if (body) stmtList(body->list);
  if (defers) finishDefers();
  finishFunction();
}

void Lowering::lowerFuncDecl(fe::FuncDecl* fd, Function* fn, fe::Signature* sig) {
  if (fd->noinline) fn->addFnAttr(Attribute::NoInline);
  lowerFuncBody(fn, sig, fd->body, {}, fd->name ? fd->name->pos : fd->pos);
}

void Lowering::lowerNativeWrapper(fe::Func* f, Function* fn) {
  fe::Signature* sig = signatureOf(f);
  if (lowerAtomicNative(f, fn, sig)) return;
  recordMeta(fn, sig, f->pos);
  beginFunction(fn, sig);
  std::vector<fe::Type*> ptypes, rtypes;
  if (sig->recv) ptypes.push_back(sig->recv->type);
  for (auto* p : sig->params) ptypes.push_back(p->type);
  for (auto* r : sig->results) rtypes.push_back(r->type);
  Value* params = ConstantPointerNull::get(ptr_);
  Value* results = ConstantPointerNull::get(ptr_);
  if (!ptypes.empty()) {
    fe::Type* pt = structOf(ptypes);
    auto* a = entryAlloca(memType(pt), "params");
    a->setAlignment(Align(8));
    for (size_t i = 0; i < ptypes.size(); ++i)
      storeValue(ptypes[i], fn->getArg(unsigned(i + 1)),
                 b_.CreateStructGEP(memType(pt), a, unsigned(i)));
    params = a;
  }
  fe::Type* rt = nullptr;
  if (!rtypes.empty()) {
    rt = structOf(rtypes);
    auto* a = entryAlloca(memType(rt), "results");
    a->setAlignment(Align(8));
    zeroMem(rt, a);
    results = a;
  }
  std::string nativeName = fn->getName().str() + "$native";
  FunctionCallee native =
      mod_->getOrInsertFunction(nativeName, FunctionType::get(Type::getVoidTy(ctx_), {ptr_, ptr_}, false));
  b_.CreateCall(native, {results, params});
  if (rtypes.empty()) {
    b_.CreateRetVoid();
  } else if (rtypes.size() == 1) {
    b_.CreateRet(loadValue(rtypes[0], b_.CreateStructGEP(memType(rt), results, 0)));
  } else {
    Value* agg = PoisonValue::get(resultType(sig));
    for (size_t i = 0; i < rtypes.size(); ++i)
      agg = b_.CreateInsertValue(
          agg, loadValue(rtypes[i], b_.CreateStructGEP(memType(rt), results, unsigned(i))),
          {unsigned(i)});
    b_.CreateRet(agg);
  }
  startDeadBlock();
  finishFunction();
}

// ---------------------------------------------------------------------------
// Packages

void Lowering::initVarByCode(const fe::Package::VarInit& vi) {
  if (vi.lhs.size() == 1) {
    fe::Var* v = vi.lhs[0];
    if (v->name == "_") {
      expr(vi.rhs);
      return;
    }
    if (auto* lit = fe::dyn_cast<fe::CompositeLit>(vi.rhs);
        lit && lit->type && fe::identical(lit->type, v->type) &&
        fe::underlying(v->type)->kind != fe::TypeKind::Slice &&
        fe::underlying(v->type)->kind != fe::TypeKind::Map) {
      Value* tmp = entryAlloca(memType(v->type));
      zeroMem(v->type, tmp);
      buildInto(tmp, lit, v->type);
      copyMem(v->type, globalFor(v), tmp);
      return;
    }
    storeValue(v->type, exprTo(vi.rhs, v->type), globalFor(v));
    return;
  }
  std::vector<Value*> vals = exprMulti(vi.rhs);
  for (size_t i = 0; i < vi.lhs.size() && i < vals.size(); ++i) {
    fe::Var* v = vi.lhs[i];
    if (v->name == "_") continue;
    fe::Type* from = multiType(vi.rhs, i);
    storeValue(v->type, implicitConvert(from, v->type, vals[i]), globalFor(v));
  }
}

void Lowering::lowerPackageInit(fe::Package* pkg) {
  auto* ty = FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false);
  Function* fn = defineFunction(pkg->linkPath() + ".init", ty, GlobalValue::ExternalLinkage);
  auto* sig = tc_.make<fe::Signature>();
  // A REPL input's statements run in its main (the last init function),
  // called from here as Go's runtime.main calls main.main: tracebacks
  // show main.main and, as Go's, nothing under it.
  recordMeta(fn, sig, pkg->files.empty() ? fe::Pos{} : pkg->files[0]->pos,
             pkg->replMain ? "runtime.main" : "");
  beginFunction(fn, sig);
  // Until an initialiser runs code, every global holds its static image.
  globalsIntact_ = true;
  for (const auto& vi : pkg->initOrder) {
    if (failed()) break;
    if (!vi.rhs) continue;  // globals start zeroed
    if (vi.lhs.size() == 1 && vi.lhs[0]->name != "_") {
      // Known at compile time (a constant, a table): the global's initial
      // value, as Go's static initialisation does; no code.
      fe::Var* v = vi.lhs[0];
      if (Constant* image = constImage(vi.rhs, v->type, /*once=*/true)) {
        globalFor(v)->setInitializer(image);
        staticVars_[v] = image;
        continue;
      }
    }
    wholeInit_ = vi.rhs;
    wholeInitPure_ = false;
    initVarByCode(vi);
    if (!wholeInitPure_) globalsIntact_ = false;
    wholeInit_ = nullptr;
  }
  for (size_t k = 0; k < pkg->inits.size(); ++k) {
    auto it = initNames_.find(pkg->inits[k]);
    if (it == initNames_.end()) continue;
    Function* init = mod_->getFunction(it->second);
    // Never inlined (at -O) into the hidden caller: main.main would vanish.
    if (init) b_.CreateCall(init, {ConstantPointerNull::get(ptr_)})->addFnAttr(Attribute::NoInline);
  }
  b_.CreateRetVoid();
  startDeadBlock();
  finishFunction();
}

Expected<std::unique_ptr<Module>> Lowering::lowerPackage(fe::Package* pkg,
                                                        const StringSet<>* needed) {
  pkg_ = pkg;
  mod_ = std::make_unique<Module>(pkg->path, ctx_);
  mod_->setDataLayout(dl_);
  mod_->setTargetTriple(triple_);
  beginDebugInfo();

  // The checker names them (a REPL input's statements: "<path>.main").
  for (size_t k = 0; k < pkg->inits.size(); ++k) {
    auto* f = static_cast<fe::Func*>(pkg->inits[k]->name->obj);
    initNames_[pkg->inits[k]] = f ? f->fullName : pkg->linkPath() + ".init." + std::to_string(k);
  }

  // Every package-level variable gets its (zeroed) global, used or not.
  for (const auto& vi : pkg->initOrder)
    for (auto* v : vi.lhs)
      if (v->name != "_") globalFor(v);

  // The roots are queued in source order; the rest wait in unlowered_
  // until funcFor meets them.
  for (auto* file : pkg->files) {
    for (auto* d : file->decls) {
      auto* fd = fe::dyn_cast<fe::FuncDecl>(d);
      if (!fd || !fd->name) continue;
      auto* f = static_cast<fe::Func*>(fd->name->obj);
      bool root = !needed || initNames_.count(fd) || !f || f->kind != fe::ObjKind::Func ||
                  needed->contains(f->fullName);
      if (root)
        queue_.push_back({fd, file});
      else
        unlowered_[f] = {fd, file};
    }
  }
  lowerQueued();
  if (!pkg->files.empty()) file_ = pkg->files.back();
  if (!failed()) lowerPackageInit(pkg);
  lowerQueued();
  if (!failed() && !pkg->linkPrefix.empty())
    emitReplMethodUpdates(mod_->getFunction(pkg->linkPath() + ".init"));
  if (failed()) return make_error<StringError>(*error_, inconvertibleErrorCode());
  finishDebugInfo();

  std::string msg;
  raw_string_ostream os(msg);
  if (verifyModule(*mod_, &os)) {
    return make_error<StringError>(
        "gorun: internal error: invalid IR for package " + pkg->path + ":\n" + os.str(),
        inconvertibleErrorCode());
  }
  return std::move(mod_);
}

void Lowering::lowerQueued() {
  for (size_t i = 0; i < queue_.size() && !failed(); ++i) {
    auto [fd, file] = queue_[i];
    file_ = file;
    auto* f = static_cast<fe::Func*>(fd->name->obj);
    if (!f || f->kind != fe::ObjKind::Func) {
      if (initNames_.count(fd) && fd->body) {
        // init() need not be in scope; lower it with an empty signature.
        auto* sig = tc_.make<fe::Signature>();
        Function* fn = defineFunction(initNames_[fd], funcType(sig), GlobalValue::ExternalLinkage);
        lowerFuncDecl(fd, fn, sig);
        continue;
      }
      fail(fd->pos, "internal error: function without object");
      break;
    }
    fe::Signature* sig = signatureOf(f);
    bool isInit = initNames_.count(fd) != 0;
    std::string name = isInit ? initNames_[fd] : f->fullName;
    Function* fn = defineFunction(name, funcType(sig), GlobalValue::ExternalLinkage);
    if (fd->body)
      lowerFuncDecl(fd, fn, sig);
    else
      lowerNativeWrapper(f, fn);
  }
  queue_.clear();
}

Expected<std::unique_ptr<Module>> Lowering::lowerEntry(const std::vector<fe::Package*>& pkgs) {
  mod_ = std::make_unique<Module>("gorun.entry", ctx_);
  mod_->setDataLayout(dl_);
  mod_->setTargetTriple(triple_);
  auto* ty = FunctionType::get(Type::getVoidTy(ctx_), {ptr_}, false);
  Function* fn = defineFunction("gorun.entry", ty, GlobalValue::ExternalLinkage);
  auto* sig = tc_.make<fe::Signature>();
  b_.SetCurrentDebugLocation(DebugLoc());
  beginFunction(fn, sig);
  Value* null = ConstantPointerNull::get(ptr_);
  // Never inlined: tracebacks hide gorun.* frames, and main.main inlined
  // here (at -O) would vanish from them.
  for (auto* p : pkgs)
    b_.CreateCall(mod_->getOrInsertFunction(p->path + ".init", ty), {null})
        ->addFnAttr(Attribute::NoInline);
  b_.CreateCall(mod_->getOrInsertFunction("main.main", ty), {null})->addFnAttr(Attribute::NoInline);
  b_.CreateRetVoid();
  startDeadBlock();
  finishFunction();
  std::string msg;
  raw_string_ostream os(msg);
  if (verifyModule(*mod_, &os))
    return make_error<StringError>("gorun: internal error: invalid entry IR:\n" + os.str(),
                                   inconvertibleErrorCode());
  return std::move(mod_);
}

}  // namespace gorun::jit
