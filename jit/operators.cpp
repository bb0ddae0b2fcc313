// Operators: unary and binary arithmetic, string concatenation, logical
// operators with short-circuit evaluation, and comparisons.
//
// Arithmetic follows Go, not C: integers wrap, division goes through
// checkedDivRem (checks.cpp), shifts through shift(); floats use ordered
// compares except != (so NaN != NaN). A chain a + b + c of strings becomes
// one runtime.concatstrings call. == on structs and arrays compares field by
// field; large aggregates compare in memory (equalMem) so that no huge
// value is ever loaded as one SSA aggregate. Interfaces compare only
// against nil in this milestone.

#include "jit/lowering.h"

using namespace llvm;

namespace gorun::jit {

namespace {

fe::Expr* unparen(fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}

bool isComparison(fe::Tok op) {
  switch (op) {
    case fe::Tok::Eql: case fe::Tok::Neq: case fe::Tok::Lss:
    case fe::Tok::Leq: case fe::Tok::Gtr: case fe::Tok::Geq:
      return true;
    default:
      return false;
  }
}

}  // namespace

Value* Lowering::unaryExpr(fe::UnaryExpr* u) {
  switch (u->op) {
    case fe::Tok::Add:
      return exprTo(u->x, u->type);
    case fe::Tok::Sub: {
      Value* x = exprTo(u->x, u->type);
      if (fe::isFloat(u->type)) return b_.CreateFNeg(x);
      if (fe::isComplex(u->type)) {
        Value* re = b_.CreateFNeg(b_.CreateExtractValue(x, {0}));
        Value* im = b_.CreateFNeg(b_.CreateExtractValue(x, {1}));
        return b_.CreateInsertValue(b_.CreateInsertValue(x, re, {0}), im, {1});
      }
      return b_.CreateNeg(x);
    }
    case fe::Tok::Xor:
      return b_.CreateNot(exprTo(u->x, u->type));
    case fe::Tok::Not:
      return b_.CreateNot(expr(u->x));
    case fe::Tok::And: {
      fe::Expr* x = unparen(u->x);
      if (auto* lit = fe::dyn_cast<fe::CompositeLit>(x)) return heapLit(lit, lit->type);
      return addr(x);
    }
    case fe::Tok::Arrow:
      return chanRecv(u, nullptr);  // channels.cpp
    default:
      return fail(u->pos, "internal error: unexpected unary operator");
  }
}

void Lowering::collectConcat(fe::Expr* e, std::vector<fe::Expr*>& out) {
  fe::Expr* x = unparen(e);
  if (auto* b = fe::dyn_cast<fe::BinaryExpr>(x);
      b && b->op == fe::Tok::Add && b->mode != fe::Mode::Constant) {
    collectConcat(b->x, out);
    collectConcat(b->y, out);
    return;
  }
  out.push_back(e);
}

Value* Lowering::binaryExpr(fe::BinaryExpr* b) {
  if (b->op == fe::Tok::LAnd || b->op == fe::Tok::LOr) return logical(b);
  if (isComparison(b->op)) return compare(b->op, b->x, b->y);
  fe::Type* t = b->type;
  if (b->op == fe::Tok::Shl || b->op == fe::Tok::Shr) {
    Value* x = exprTo(b->x, t);
    Value* y = b->y->mode == fe::Mode::Constant && b->y->constant
                   ? static_cast<Value*>(b_.getInt64(b->y->constant->uint64()))
                   : expr(b->y);
    return shift(b->op, t, x, b->y->mode == fe::Mode::Constant ? nullptr : b->y->type, y);
  }
  if (fe::isString(t) && b->op == fe::Tok::Add) {
    std::vector<fe::Expr*> parts;
    collectConcat(b, parts);
    std::vector<Value*> vals;
    for (auto* p : parts) vals.push_back(exprTo(p, t));
    return concat(vals);
  }
  Value* x = exprTo(b->x, t);
  Value* y = exprTo(b->y, t);
  return binaryOp(b->op, t, x, y, b->y->mode == fe::Mode::Constant);
}

Value* Lowering::binaryOp(fe::Tok op, fe::Type* t, Value* x, Value* y, bool yIsConst,
                          fe::Type* yt) {
  using fe::Tok;
  if (op == Tok::Shl || op == Tok::Shr) return shift(op, t, x, yIsConst ? nullptr : yt, toInt64(yt, y));
  if (fe::isString(t)) {
    if (op == Tok::Add) return concat({x, y});
    return fail(fe::Pos{}, "internal error: string operator");
  }
  if (fe::isInteger(t)) {
    switch (op) {
      case Tok::Add: return b_.CreateAdd(x, y);
      case Tok::Sub: return b_.CreateSub(x, y);
      case Tok::Mul: return b_.CreateMul(x, y);
      case Tok::Quo:
      case Tok::Rem: return checkedDivRem(op, t, x, y, yIsConst);
      case Tok::And: return b_.CreateAnd(x, y);
      case Tok::Or: return b_.CreateOr(x, y);
      case Tok::Xor: return b_.CreateXor(x, y);
      case Tok::AndNot: return b_.CreateAnd(x, b_.CreateNot(y));
      default: break;
    }
  } else if (fe::isFloat(t)) {
    switch (op) {
      case Tok::Add: return b_.CreateFAdd(x, y);
      case Tok::Sub: return b_.CreateFSub(x, y);
      case Tok::Mul: return b_.CreateFMul(x, y);
      case Tok::Quo: return b_.CreateFDiv(x, y);
      default: break;
    }
  } else if (fe::isComplex(t)) {
    Value* a = b_.CreateExtractValue(x, {0});
    Value* bb = b_.CreateExtractValue(x, {1});
    Value* c = b_.CreateExtractValue(y, {0});
    Value* d = b_.CreateExtractValue(y, {1});
    Value *re = nullptr, *im = nullptr;
    switch (op) {
      case Tok::Add: re = b_.CreateFAdd(a, c); im = b_.CreateFAdd(bb, d); break;
      case Tok::Sub: re = b_.CreateFSub(a, c); im = b_.CreateFSub(bb, d); break;
      case Tok::Mul:
        re = b_.CreateFSub(b_.CreateFMul(a, c), b_.CreateFMul(bb, d));
        im = b_.CreateFAdd(b_.CreateFMul(a, d), b_.CreateFMul(bb, c));
        break;
      case Tok::Quo: {
        // Smith's algorithm, as Go's runtime complex128div.
        Function* fabs = Intrinsic::getDeclaration(mod_.get(), Intrinsic::fabs, {c->getType()});
        Value* cBig = b_.CreateFCmpOGE(b_.CreateCall(fabs, {c}), b_.CreateCall(fabs, {d}));
        Value* r1 = b_.CreateFDiv(d, c);
        Value* den1 = b_.CreateFAdd(c, b_.CreateFMul(r1, d));
        Value* e1 = b_.CreateFDiv(b_.CreateFAdd(a, b_.CreateFMul(bb, r1)), den1);
        Value* f1 = b_.CreateFDiv(b_.CreateFSub(bb, b_.CreateFMul(a, r1)), den1);
        Value* r2 = b_.CreateFDiv(c, d);
        Value* den2 = b_.CreateFAdd(d, b_.CreateFMul(r2, c));
        Value* e2 = b_.CreateFDiv(b_.CreateFAdd(b_.CreateFMul(a, r2), bb), den2);
        Value* f2 = b_.CreateFDiv(b_.CreateFSub(b_.CreateFMul(bb, r2), a), den2);
        re = b_.CreateSelect(cBig, e1, e2);
        im = b_.CreateSelect(cBig, f1, f2);
        break;
      }
      default: break;
    }
    if (re) return b_.CreateInsertValue(b_.CreateInsertValue(x, re, {0}), im, {1});
  }
  return fail(fe::Pos{}, "internal error: operator on " + fe::typeString(t));
}

Value* Lowering::logical(fe::BinaryExpr* b) {
  bool isAnd = b->op == fe::Tok::LAnd;
  Value* x = expr(b->x);
  BasicBlock* from = b_.GetInsertBlock();
  BasicBlock* rhs = BasicBlock::Create(ctx_, isAnd ? "and.rhs" : "or.rhs", fn_->fn);
  BasicBlock* end = BasicBlock::Create(ctx_, isAnd ? "and.end" : "or.end", fn_->fn);
  if (isAnd)
    b_.CreateCondBr(x, rhs, end);
  else
    b_.CreateCondBr(x, end, rhs);
  b_.SetInsertPoint(rhs);
  Value* y = expr(b->y);
  BasicBlock* rhsEnd = b_.GetInsertBlock();
  b_.CreateBr(end);
  b_.SetInsertPoint(end);
  PHINode* phi = b_.CreatePHI(i1_, 2);
  phi->addIncoming(b_.getInt1(!isAnd), from);
  phi->addIncoming(y, rhsEnd);
  return phi;
}

Value* Lowering::compare(fe::Tok op, fe::Expr* x, fe::Expr* y) {
  bool xNil = isNil(x), yNil = isNil(y);
  if (xNil && yNil) return b_.getInt1(op == fe::Tok::Eql);
  if (xNil || yNil) {
    fe::Expr* other = xNil ? y : x;
    Value* v = expr(other);
    fe::Type* u = fe::underlying(other->type);
    Value* word = v;
    if (u->kind == fe::TypeKind::Slice || u->kind == fe::TypeKind::Interface)
      word = b_.CreateExtractValue(v, {0});
    Value* isNull = b_.CreateIsNull(word);
    return op == fe::Tok::Eql ? isNull : b_.CreateNot(isNull);
  }
  fe::Type* t = x->type;
  if (fe::isUntyped(t) && !fe::isUntyped(y->type)) t = y->type;
  if (fe::isInterface(x->type) || fe::isInterface(y->type)) {
    // Operands in Go's order; an untyped constant takes its default type.
    fe::Type* xt = defaultType(x->type);
    fe::Type* yt = defaultType(y->type);
    Value* xv = exprTo(x, xt);
    Value* yv = exprTo(y, yt);
    Value* eq = ifaceEqual(xt, xv, yt, yv);  // interfaces.cpp
    return op == fe::Tok::Eql ? eq : b_.CreateNot(eq);
  }
  fe::Type* u = fe::underlying(t);
  if ((u->kind == fe::TypeKind::Array || u->kind == fe::TypeKind::Struct) && sizeOf(t) > 64 &&
      (op == fe::Tok::Eql || op == fe::Tok::Neq)) {
    // Large aggregates compare in memory, operands in Go's order.
    Value* px = x->mode == fe::Mode::Variable ? addr(x) : spill(t, exprTo(x, t));
    Value* py = y->mode == fe::Mode::Variable ? addr(y) : spill(t, exprTo(y, t));
    Value* eq = equalMem(t, px, py);
    if (!eq) return nullptr;
    return op == fe::Tok::Eql ? eq : b_.CreateNot(eq);
  }
  Value* xv = exprTo(x, t);
  Value* yv = exprTo(y, t);
  return compareValues(op, t, xv, yv);
}

Value* Lowering::compareValues(fe::Tok op, fe::Type* t, Value* x, Value* y) {
  using fe::Tok;
  if (op == Tok::Eql || op == Tok::Neq) {
    Value* eq = equal(t, x, y);
    if (!eq) return nullptr;
    return op == Tok::Eql ? eq : b_.CreateNot(eq);
  }
  if (fe::isString(t)) {
    Value* c = cmpString(x, y);
    Value* zero = b_.getInt64(0);
    switch (op) {
      case Tok::Lss: return b_.CreateICmpSLT(c, zero);
      case Tok::Leq: return b_.CreateICmpSLE(c, zero);
      case Tok::Gtr: return b_.CreateICmpSGT(c, zero);
      case Tok::Geq: return b_.CreateICmpSGE(c, zero);
      default: break;
    }
  } else if (fe::isFloat(t)) {
    switch (op) {
      case Tok::Lss: return b_.CreateFCmpOLT(x, y);
      case Tok::Leq: return b_.CreateFCmpOLE(x, y);
      case Tok::Gtr: return b_.CreateFCmpOGT(x, y);
      case Tok::Geq: return b_.CreateFCmpOGE(x, y);
      default: break;
    }
  } else if (fe::isInteger(t)) {
    bool u = fe::isUnsigned(t);
    switch (op) {
      case Tok::Lss: return u ? b_.CreateICmpULT(x, y) : b_.CreateICmpSLT(x, y);
      case Tok::Leq: return u ? b_.CreateICmpULE(x, y) : b_.CreateICmpSLE(x, y);
      case Tok::Gtr: return u ? b_.CreateICmpUGT(x, y) : b_.CreateICmpSGT(x, y);
      case Tok::Geq: return u ? b_.CreateICmpUGE(x, y) : b_.CreateICmpSGE(x, y);
      default: break;
    }
  }
  return fail(fe::Pos{}, "internal error: comparison of " + fe::typeString(t));
}

// == for comparable types. Structs compare field by field (blank fields
// excluded), arrays element by element; both short-circuit nothing, which
// is unobservable since comparisons have no side effects.
Value* Lowering::equal(fe::Type* t, Value* x, Value* y) {
  fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case fe::TypeKind::Float32:
    case fe::TypeKind::Float64:
    case fe::TypeKind::UntypedFloat:
      return b_.CreateFCmpOEQ(x, y);
    case fe::TypeKind::Complex64:
    case fe::TypeKind::Complex128:
    case fe::TypeKind::UntypedComplex:
      return b_.CreateAnd(
          b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(y, {0})),
          b_.CreateFCmpOEQ(b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(y, {1})));
    case fe::TypeKind::String:
    case fe::TypeKind::UntypedString: {
      // Different lengths are unequal without a call.
      Value* lenEq = b_.CreateICmpEQ(b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(y, {1}));
      BasicBlock* from = b_.GetInsertBlock();
      BasicBlock* cmp = BasicBlock::Create(ctx_, "streq.cmp", fn_->fn);
      BasicBlock* end = BasicBlock::Create(ctx_, "streq.end", fn_->fn);
      b_.CreateCondBr(lenEq, cmp, end);
      b_.SetInsertPoint(cmp);
      Value* same = b_.CreateICmpEQ(cmpString(x, y), b_.getInt64(0));
      BasicBlock* cmpEnd = b_.GetInsertBlock();
      b_.CreateBr(end);
      b_.SetInsertPoint(end);
      PHINode* phi = b_.CreatePHI(i1_, 2);
      phi->addIncoming(b_.getInt1(false), from);
      phi->addIncoming(same, cmpEnd);
      return phi;
    }
    case fe::TypeKind::Slice:
      return b_.CreateICmpEQ(b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(y, {0}));
    case fe::TypeKind::Interface:
      return ifaceEqual(t, x, t, y);  // interfaces.cpp
    case fe::TypeKind::Struct: {
      auto* st = static_cast<fe::Struct*>(u);
      Value* r = b_.getInt1(true);
      for (size_t i = 0; i < st->fields.size(); ++i) {
        if (st->fields[i]->name == "_") continue;
        fe::Type* ft = st->fields[i]->type;
        Value* a = fromMem(ft, b_.CreateExtractValue(x, {unsigned(i)}));
        Value* c = fromMem(ft, b_.CreateExtractValue(y, {unsigned(i)}));
        Value* eq = equal(ft, a, c);
        if (!eq) return nullptr;
        r = b_.CreateAnd(r, eq);
      }
      return r;
    }
    case fe::TypeKind::Array: {
      auto* at = static_cast<fe::Array*>(u);
      if (at->len <= 16) {
        Value* r = b_.getInt1(true);
        for (int64_t i = 0; i < at->len; ++i) {
          Value* a = fromMem(at->elem, b_.CreateExtractValue(x, {unsigned(i)}));
          Value* c = fromMem(at->elem, b_.CreateExtractValue(y, {unsigned(i)}));
          Value* eq = equal(at->elem, a, c);
          if (!eq) return nullptr;
          r = b_.CreateAnd(r, eq);
        }
        return r;
      }
      return equalMem(t, spill(t, x), spill(t, y));
    }
    default:
      return b_.CreateICmpEQ(x, y);  // bool, integers, pointers, chans, funcs
  }
}

// == on values in memory, for large arrays and structs: a loop over array
// elements (stopping at the first difference) and field-by-field compares,
// never loading the whole aggregate.
Value* Lowering::equalMem(fe::Type* t, Value* px, Value* py) {
  fe::Type* u = fe::underlying(t);
  auto big = [&](fe::Type* et) {
    fe::Type* eu = fe::underlying(et);
    return (eu->kind == fe::TypeKind::Array || eu->kind == fe::TypeKind::Struct) && sizeOf(et) > 64;
  };
  auto elemEq = [&](fe::Type* et, Value* a, Value* c) {
    if (big(et)) return equalMem(et, a, c);
    return equal(et, loadValue(et, a), loadValue(et, c));
  };
  if (u->kind == fe::TypeKind::Struct) {
    auto* st = static_cast<fe::Struct*>(u);
    Value* r = b_.getInt1(true);
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (st->fields[i]->name == "_") continue;
      Value* eq = elemEq(st->fields[i]->type, b_.CreateStructGEP(memType(u), px, unsigned(i)),
                         b_.CreateStructGEP(memType(u), py, unsigned(i)));
      if (!eq) return nullptr;
      r = b_.CreateAnd(r, eq);
    }
    return r;
  }
  if (u->kind != fe::TypeKind::Array) return equal(t, loadValue(t, px), loadValue(t, py));
  auto* at = static_cast<fe::Array*>(u);
  AllocaInst* idx = entryAlloca(i64_, "eq.i");
  b_.CreateStore(b_.getInt64(0), idx);
  BasicBlock* cond = BasicBlock::Create(ctx_, "aeq.cond", fn_->fn);
  BasicBlock* body = BasicBlock::Create(ctx_, "aeq.body", fn_->fn);
  BasicBlock* end = BasicBlock::Create(ctx_, "aeq.end", fn_->fn);
  b_.CreateBr(cond);
  b_.SetInsertPoint(cond);
  Value* i = b_.CreateLoad(i64_, idx);
  Value* more = b_.CreateICmpSLT(i, b_.getInt64(at->len));
  BasicBlock* condEnd = b_.GetInsertBlock();
  b_.CreateCondBr(more, body, end);
  b_.SetInsertPoint(body);
  Value* same = elemEq(at->elem, b_.CreateInBoundsGEP(memType(u), px, {b_.getInt64(0), i}),
                       b_.CreateInBoundsGEP(memType(u), py, {b_.getInt64(0), i}));
  if (!same) return nullptr;
  b_.CreateStore(b_.CreateAdd(i, b_.getInt64(1)), idx);
  BasicBlock* bodyEnd = b_.GetInsertBlock();
  b_.CreateCondBr(same, cond, end);
  b_.SetInsertPoint(end);
  PHINode* phi = b_.CreatePHI(i1_, 2);
  phi->addIncoming(b_.getInt1(true), condEnd);
  phi->addIncoming(b_.getInt1(false), bodyEnd);
  return phi;
}

}  // namespace gorun::jit
