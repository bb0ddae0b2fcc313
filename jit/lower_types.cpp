// Go types as LLVM types, and the load/store discipline around them.
//
// memType is the layout in memory and inside aggregates; valType is what an
// SSA value of the type is. They differ only for bool (i8 in memory, i1 as a
// value), so converting at loads, stores, extractvalue and insertvalue is
// enough and the rest of the lowering never special-cases bool. Named types
// lower to their underlying type: a conversion between a named type and its
// underlying type is free.
//
// Layouts come from LLVM's DataLayout for x86-64, which lays structs out as
// gc does (natural alignment, size rounded to alignment); the type
// descriptors (typedesc.cpp) read offsets from the same DataLayout, so the
// runtime always sees the layout the code really uses.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

Type* Lowering::memType(fe::Type* t) {
  if (!t) return StructType::get(ctx_);
  auto it = memTypes_.find(t);
  if (it != memTypes_.end()) return it->second;
  fe::Type* u = fe::underlying(t);
  Type* r = nullptr;
  switch (u->kind) {
    case fe::TypeKind::Bool:
    case fe::TypeKind::UntypedBool:
    case fe::TypeKind::Int8:
    case fe::TypeKind::Uint8:
      r = i8_;
      break;
    case fe::TypeKind::Int16:
    case fe::TypeKind::Uint16:
      r = Type::getInt16Ty(ctx_);
      break;
    case fe::TypeKind::Int32:
    case fe::TypeKind::Uint32:
    case fe::TypeKind::UntypedRune:
      r = i32_;
      break;
    case fe::TypeKind::Int:
    case fe::TypeKind::Int64:
    case fe::TypeKind::Uint:
    case fe::TypeKind::Uint64:
    case fe::TypeKind::Uintptr:
    case fe::TypeKind::UntypedInt:
      r = i64_;
      break;
    case fe::TypeKind::Float32:
      r = Type::getFloatTy(ctx_);
      break;
    case fe::TypeKind::Float64:
    case fe::TypeKind::UntypedFloat:
      r = Type::getDoubleTy(ctx_);
      break;
    case fe::TypeKind::Complex64:
      r = StructType::get(ctx_, {Type::getFloatTy(ctx_), Type::getFloatTy(ctx_)});
      break;
    case fe::TypeKind::Complex128:
    case fe::TypeKind::UntypedComplex:
      r = StructType::get(ctx_, {Type::getDoubleTy(ctx_), Type::getDoubleTy(ctx_)});
      break;
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString:
      r = stringTy_;
      break;
    case fe::TypeKind::UnsafePointer:
    case fe::TypeKind::UntypedNil:
    case fe::TypeKind::Pointer:
    case fe::TypeKind::Map:
    case fe::TypeKind::Chan:
    case fe::TypeKind::Signature:
      r = ptr_;
      break;
    case fe::TypeKind::Slice:
      r = sliceTy_;
      break;
    case fe::TypeKind::Interface:
      r = ifaceTy_;
      break;
    case fe::TypeKind::Array: {
      auto* a = static_cast<fe::Array*>(u);
      r = ArrayType::get(memType(a->elem), uint64_t(a->len));
      break;
    }
    case fe::TypeKind::Struct: {
      auto* s = static_cast<fe::Struct*>(u);
      std::vector<Type*> fields;
      for (auto* f : s->fields) fields.push_back(memType(f->type));
      r = StructType::get(ctx_, fields);
      break;
    }
    case fe::TypeKind::Tuple: {
      auto* tu = static_cast<fe::Tuple*>(u);
      std::vector<Type*> fields;
      for (auto* v : tu->vars) fields.push_back(valType(v->type));
      r = StructType::get(ctx_, fields);
      break;
    }
    default:
      r = StructType::get(ctx_);  // Invalid, Named (impossible after underlying)
      break;
  }
  memTypes_[t] = r;
  return r;
}

Type* Lowering::valType(fe::Type* t) {
  if (t && fe::isBoolean(t)) return i1_;
  return memType(t);
}

Type* Lowering::resultType(fe::Signature* sig) {
  if (sig->results.empty()) return Type::getVoidTy(ctx_);
  if (sig->results.size() == 1) return valType(sig->results[0]->type);
  std::vector<Type*> rs;
  for (auto* r : sig->results) rs.push_back(valType(r->type));
  return StructType::get(ctx_, rs);
}

FunctionType* Lowering::funcType(fe::Signature* sig) {
  std::vector<Type*> params{ptr_};
  if (sig->recv) params.push_back(valType(sig->recv->type));
  for (auto* p : sig->params) params.push_back(valType(p->type));
  return FunctionType::get(resultType(sig), params, false);
}

uint64_t Lowering::sizeOf(fe::Type* t) { return dl_.getTypeAllocSize(memType(t)); }

Align Lowering::alignOf(fe::Type* t) { return dl_.getABITypeAlign(memType(t)); }

Value* Lowering::toMem(fe::Type* t, Value* v) {
  if (v->getType()->isIntegerTy(1)) return b_.CreateZExt(v, i8_);
  return v;
}

Value* Lowering::fromMem(fe::Type* t, Value* v) {
  if (t && fe::isBoolean(t) && v->getType()->isIntegerTy(8)) return b_.CreateTrunc(v, i1_);
  return v;
}

Value* Lowering::loadValue(fe::Type* t, Value* ptr) {
  if (!ptr) return PoisonValue::get(valType(t));  // after a reported error
  return fromMem(t, b_.CreateAlignedLoad(memType(t), ptr, alignOf(t)));
}

void Lowering::storeValue(fe::Type* t, Value* v, Value* ptr) {
  if (!v || !ptr) return;  // after a reported error
  b_.CreateAlignedStore(toMem(t, v), ptr, alignOf(t));
}

Value* Lowering::zeroValue(fe::Type* t) { return Constant::getNullValue(valType(t)); }

void Lowering::zeroMem(fe::Type* t, Value* ptr) {
  Type* mt = memType(t);
  if (mt->isAggregateType())
    b_.CreateMemSet(ptr, b_.getInt8(0), b_.getInt64(sizeOf(t)), alignOf(t));
  else
    b_.CreateAlignedStore(Constant::getNullValue(mt), ptr, alignOf(t));
}

void Lowering::copyMem(fe::Type* t, Value* dst, Value* src) {
  b_.CreateMemMove(dst, alignOf(t), src, alignOf(t), b_.getInt64(sizeOf(t)));
}

fe::Type* Lowering::structOf(const std::vector<fe::Type*>& fields) {
  auto* s = tc_.make<fe::Struct>();
  for (size_t i = 0; i < fields.size(); ++i) {
    auto* v = tc_.make<fe::Var>("F" + std::to_string(i), fe::Pos{});
    v->isField = true;
    v->type = fields[i];
    s->fields.push_back(v);
    s->tags.emplace_back();
  }
  return s;
}

}  // namespace gorun::jit
