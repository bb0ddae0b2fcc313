// Calls: function and method calls, conversions, and the builtins.
#include "frontend/check.h"

#include <fmt/format.h>

namespace gorun::frontend {

static void invalid(Expr* e) {
  e->mode = Mode::Invalid;
  e->type = nullptr;
}

void Checker::call(CallExpr* e) {
  rawExpr(e->fun, nullptr);
  Expr* f = e->fun;
  if (f->mode == Mode::Invalid) {
    for (auto* a : e->args) expr(a);
    return invalid(e);
  }
  if (f->mode == Mode::TypeExpr) {
    e->callKind = CallKind::Conversion;
    return conversion(e, f->type);
  }
  if (f->mode == Mode::Builtin) {
    Expr* fe = f;
    while (auto* p = dyn_cast<ParenExpr>(fe)) fe = p->x;
    auto* b = static_cast<BuiltinObj*>(cast<Ident>(fe)->obj);
    e->callKind = CallKind::Builtin;
    e->builtin = static_cast<int>(b->id);
    return builtin(e, b->id);
  }
  singleValue(f);
  if (f->mode == Mode::Invalid) return invalid(e);
  auto* sig = dynamic_cast<Signature*>(underlying(f->type));
  if (!sig) {
    error(e->pos, fmt::format("invalid operation: cannot call non-function {}", operandString(f)));
    for (auto* a : e->args) expr(a);
    return invalid(e);
  }
  e->callKind = CallKind::Call;
  arguments(e, sig, e->args);
  if (sig->results.empty()) {
    e->mode = Mode::NoValue;
    e->type = nullptr;
  } else if (sig->results.size() == 1) {
    e->mode = Mode::Value;
    e->type = sig->results[0]->type;
  } else {
    auto* tup = ctx_.make<Tuple>();
    tup->vars = sig->results;
    e->mode = Mode::Value;
    e->type = tup;
  }
}

void Checker::arguments(CallExpr* e, Signature* sig, const std::vector<Expr*>& args) {
  // f(g()) where g returns several values.
  if (args.size() == 1 && !e->hasEllipsis) {
    rawExpr(args[0], sig->params.size() == 1 ? sig->params[0]->type : nullptr);
    Expr* a = args[0];
    if (a->mode == Mode::Invalid) return;
    if (a->type && a->type->kind == TypeKind::Tuple) {
      auto* tup = static_cast<Tuple*>(a->type);
      size_t n = tup->vars.size();
      size_t np = sig->params.size();
      bool ok = sig->variadic ? n >= np - 1 : n == np;
      if (!ok) {
        std::string have, want;
        for (size_t i = 0; i < n; i++) have += (i ? ", " : "") + typeStr(tup->vars[i]->type);
        for (size_t i = 0; i < np; i++) want += (i ? ", " : "") + typeStr(sig->params[i]->type);
        error(n < np ? e->rparen : a->pos,
              fmt::format("{} arguments in call to {}\n\thave ({})\n\twant ({})",
                          n < np ? "not enough" : "too many", exprString(e->fun), have, want));
        return;
      }
      for (size_t i = 0; i < n; i++) {
        Type* pt = i < np - (sig->variadic ? 1 : 0) ? sig->params[i]->type
                                                     : static_cast<Slice*>(sig->params.back()->type)->elem;
        std::string reason;
        Expr tmp(NodeKind::BadExpr, a->pos);
        tmp.mode = Mode::Value;
        tmp.type = tup->vars[i]->type;
        if (!assignableTo(&tmp, pt, &reason))
          error(a->pos, fmt::format("cannot use {} (value of type {}) as {} value in argument to {}", exprString(a),
                                    typeStr(tmp.type), typeStr(pt), exprString(e->fun)));
      }
      return;
    }
    // A single ordinary argument falls through to the general path; it was
    // checked already, so re-check is avoided by the loop below.
  } else {
    for (size_t i = 0; i < args.size(); i++) {
      Type* hint = nullptr;
      if (i < sig->params.size()) hint = sig->params[i]->type;
      rawExpr(args[i], hint);
    }
  }
  for (auto* a : args) {
    // rawExpr accepted anything; now require single values.
    if (a->mode == Mode::NoValue || a->mode == Mode::TypeExpr || a->mode == Mode::Builtin ||
        a->mode == Mode::Package || (a->type && a->type->kind == TypeKind::Tuple)) {
      singleValue(a);  // reports the misuse
    }
  }
  size_t np = sig->params.size();
  size_t na = args.size();
  if (e->hasEllipsis) {
    if (!sig->variadic) {
      error(args.empty() ? e->pos : args.back()->pos,
            fmt::format("have (...) arguments but function {} is not variadic", exprString(e->fun)));
      return;
    }
    if (na != np) {
      error(na < np ? e->rparen : args[np]->pos,
            fmt::format("{} arguments in call to {}", na < np ? "not enough" : "too many", exprString(e->fun)));
      return;
    }
  } else {
    bool ok = sig->variadic ? na >= np - 1 : na == np;
    if (!ok) {
      std::string have, want;
      for (size_t i = 0; i < na; i++) {
        Type* t = args[i]->type;
        // gc says "number" for untyped numeric constants.
        std::string ts = !t ? "invalid type"
                         : isUntyped(t) && isNumeric(t) ? "number"
                         : isUntyped(t) ? typeStr(defaultType(t))
                                        : typeStr(t);
        have += (i ? ", " : "") + ts;
      }
      for (size_t i = 0; i < np; i++) {
        want += i ? ", " : "";
        if (sig->variadic && i + 1 == np) want += "..." + typeStr(static_cast<Slice*>(sig->params[i]->type)->elem);
        else want += typeStr(sig->params[i]->type);
      }
      error(na < np ? (na ? args.back()->pos : e->rparen) : args[np]->pos,
            fmt::format("{} arguments in call to {}\n\thave ({})\n\twant ({})", na < np ? "not enough" : "too many",
                        exprString(e->fun), have, want));
      return;
    }
  }
  std::string ctxName = "argument to " + exprString(e->fun);
  for (size_t i = 0; i < na; i++) {
    Expr* a = args[i];
    if (a->mode == Mode::Invalid) continue;
    Type* pt;
    if (sig->variadic && i >= np - 1)
      pt = e->hasEllipsis ? sig->params.back()->type : static_cast<Slice*>(sig->params.back()->type)->elem;
    else
      pt = sig->params[i]->type;
    assignment(a, pt, ctxName);
  }
}

void Checker::conversion(CallExpr* e, Type* t) {
  if (e->args.size() != 1 || e->hasEllipsis) {
    for (auto* a : e->args) expr(a);
    error(e->args.empty() ? e->rparen : e->args.back()->pos,
          fmt::format("{} arguments in conversion to {}", e->args.empty() ? "missing argument" : "too many",
                      typeStr(t)));
    if (e->args.empty()) error(e->rparen, fmt::format("missing argument in conversion to {}", typeStr(t)));
    return invalid(e);
  }
  Expr* x = e->args[0];
  expr(x, t);
  if (x->mode == Mode::Invalid) return invalid(e);
  Type* v = x->type;
  Type* tu = underlying(t);
  Type* vu = underlying(v);
  // Constant conversions yield constants for basic target types.
  if (x->mode == Mode::Constant && tu->isBasic()) {
    const Constant& c = *x->constant;
    if (isString(tu) && isInteger(v) && !isString(v)) {
      // string(rune constant)
      auto r = constant::toInt(c);
      int64_t code = r && r->i.getActiveBits() < 32 && !r->i.isNegative() ? r->int64() : 0xFFFD;
      std::string s;
      if (code > 0x10FFFF || (code >= 0xD800 && code < 0xE000)) code = 0xFFFD;
      uint32_t cp = static_cast<uint32_t>(code);
      if (cp < 0x80) s += static_cast<char>(cp);
      else if (cp < 0x800) s += static_cast<char>(0xC0 | (cp >> 6)), s += static_cast<char>(0x80 | (cp & 0x3F));
      else if (cp < 0x10000)
        s += static_cast<char>(0xE0 | (cp >> 12)), s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            s += static_cast<char>(0x80 | (cp & 0x3F));
      else
        s += static_cast<char>(0xF0 | (cp >> 18)), s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), s += static_cast<char>(0x80 | (cp & 0x3F));
      e->mode = Mode::Constant;
      e->type = t;
      e->constant = std::make_shared<Constant>(Constant::makeString(s));
      if (isUntyped(v)) convertUntyped(x, defaultType(v));
      return;
    }
    bool numericOk = isNumeric(tu) && isNumeric(v);
    bool sameClass = (isString(tu) && isString(v)) || (isBoolean(tu) && isBoolean(v));
    if (!numericOk && !sameClass && tu->kind != TypeKind::UnsafePointer) {
      error(x->pos, fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
      return invalid(e);
    }
    if (numericOk || sameClass) {
      Constant rounded;
      std::string why;
      Constant src = c;
      // Float -> integer constant conversion must be exact.
      if (isInteger(tu) && !constant::toInt(c)) {
        error(x->pos, fmt::format("cannot convert {} to type {} (truncated)", operandString(x), typeStr(t)));
        return invalid(e);
      }
      if (!constant::representable(src, t, &rounded, &why)) {
        if (why == "truncated")
          error(x->pos, fmt::format("cannot convert {} to type {} (truncated)", operandString(x), typeStr(t)));
        else
          error(x->pos, fmt::format("cannot convert {} to type {} (overflows)", operandString(x), typeStr(t)));
        return invalid(e);
      }
      if (isUntyped(v)) {
        x->type = isNumeric(tu) ? (isInteger(tu) && isInteger(v) ? t : defaultType(v)) : t;
        if (isNumeric(tu)) x->type = t;
      }
      e->mode = Mode::Constant;
      e->type = t;
      e->constant = std::make_shared<Constant>(rounded);
      return;
    }
  }
  bool ok = false;
  if (isUntyped(v)) {
    // Untyped non-constant (or nil): convertible if assignable after defaulting.
    if (v->kind == TypeKind::UntypedNil) {
      Type* u = tu;
      ok = u->kind == TypeKind::Pointer || u->kind == TypeKind::Slice || u->kind == TypeKind::Map ||
           u->kind == TypeKind::Chan || u->kind == TypeKind::Signature || u->kind == TypeKind::Interface ||
           u->kind == TypeKind::UnsafePointer;
      if (ok) x->type = t;
    } else if (x->mode == Mode::Constant && isInterface(t)) {
      ok = true;
      convertUntyped(x, defaultType(v));
    } else if (x->mode == Mode::Constant && (isString(tu) || tu->kind == TypeKind::Slice)) {
      convertUntyped(x, defaultType(v));
      v = x->type;
      vu = underlying(v);
    } else {
      std::string reason;
      ok = convertUntyped(x, isNumeric(tu) || isBoolean(tu) || isString(tu) ? t : defaultType(v));
      if (!ok) return invalid(e);
    }
    if (x->type && !isUntyped(x->type)) {
      v = x->type;
      vu = underlying(v);
    }
  }
  if (!ok) {
    std::string reason;
    if (assignableTo(x, t, &reason)) ok = true;
    else if (identical(vu, tu, /*ignoreTags=*/true)) ok = true;
    else if (v->kind == TypeKind::Pointer && t->kind == TypeKind::Pointer &&
             identical(underlying(static_cast<Pointer*>(v)->elem), underlying(static_cast<Pointer*>(tu)->elem),
                       /*ignoreTags=*/true))
      ok = true;
    else if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) ok = true;
    else if (isComplex(vu) && isComplex(tu)) ok = true;
    else if (isString(tu) && (isInteger(vu) || (vu->kind == TypeKind::Slice && (underlying(static_cast<Slice*>(vu)->elem)->kind == TypeKind::Uint8 || underlying(static_cast<Slice*>(vu)->elem)->kind == TypeKind::Int32))))
      ok = true;
    else if (isString(vu) && tu->kind == TypeKind::Slice &&
             (underlying(static_cast<Slice*>(tu)->elem)->kind == TypeKind::Uint8 ||
              underlying(static_cast<Slice*>(tu)->elem)->kind == TypeKind::Int32))
      ok = true;
    else if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Array &&
             identical(static_cast<Slice*>(vu)->elem, static_cast<Array*>(tu)->elem))
      ok = true;
  }
  if (!ok) {
    error(x->pos, fmt::format("cannot convert {} to type {}", operandString(x), typeStr(t)));
    return invalid(e);
  }
  e->mode = Mode::Value;
  e->type = t;
}

void Checker::builtin(CallExpr* e, BuiltinId id) {
  auto& args = e->args;
  std::string name = exprString(e->fun);
  auto nargs = [&](size_t min, size_t max) {
    if (args.size() < min) {
      error(args.empty() ? e->rparen : e->rparen,
            fmt::format("not enough arguments for {} (expected {}, found {})", exprString(e), min, args.size()));
      return false;
    }
    if (args.size() > max) {
      error(args[max]->pos,
            fmt::format("too many arguments for {} (expected {}, found {})", exprString(e), max, args.size()));
      return false;
    }
    return true;
  };
  if (e->hasEllipsis && id != BuiltinId::Append) {
    error(e->pos, fmt::format("invalid operation: invalid use of ... with built-in {}", name));
    for (auto* a : args) expr(a);
    return invalid(e);
  }
  auto value = [&](Type* t) {
    e->mode = Mode::Value;
    e->type = t;
  };
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!nargs(1, 1)) return invalid(e);
      expr(args[0]);
      Expr* x = args[0];
      if (x->mode == Mode::Invalid) return invalid(e);
      Type* u = underlying(x->type);
      if (u->kind == TypeKind::Pointer)
        if (auto* a = dynamic_cast<Array*>(underlying(static_cast<Pointer*>(u)->elem))) u = a;
      bool ok = false;
      switch (u->kind) {
        case TypeKind::String:
        case TypeKind::UntypedString:
          ok = id == BuiltinId::Len;
          if (ok && x->mode == Mode::Constant) {
            e->mode = Mode::Constant;
            e->type = ctx_.basic(TypeKind::Int);
            e->constant = std::make_shared<Constant>(Constant::makeInt(static_cast<int64_t>(x->constant->s.size())));
            if (isUntyped(x->type)) convertUntyped(x, ctx_.basic(TypeKind::String));
            return;
          }
          break;
        case TypeKind::Array: {
          // len of an array is constant when the operand has no calls or receives.
          bool hasCall = false;
          std::function<void(Expr*)> scan = [&](Expr* n) {
            if (!n) return;
            if (isa<CallExpr>(n) && cast<CallExpr>(n)->callKind != CallKind::Conversion) hasCall = true;
            if (auto* u2 = dyn_cast<UnaryExpr>(n); u2 && u2->op == Tok::Arrow) hasCall = true;
            if (auto* p = dyn_cast<ParenExpr>(n)) scan(p->x);
            if (auto* s = dyn_cast<SelectorExpr>(n)) scan(s->x);
            if (auto* ix = dyn_cast<IndexExpr>(n)) scan(ix->x), scan(ix->index);
            if (auto* st = dyn_cast<StarExpr>(n)) scan(st->x);
          };
          scan(x);
          if (!hasCall) {
            e->mode = Mode::Constant;
            e->type = ctx_.basic(TypeKind::Int);
            e->constant = std::make_shared<Constant>(Constant::makeInt(static_cast<Array*>(u)->len));
            return;
          }
          ok = true;
          break;
        }
        case TypeKind::Slice:
        case TypeKind::Chan:
          ok = true;
          break;
        case TypeKind::Map:
          ok = id == BuiltinId::Len;
          break;
        default:
          break;
      }
      if (!ok) {
        error(x->pos, fmt::format("invalid argument: {} for built-in {}", operandString(x), name));
        return invalid(e);
      }
      return value(ctx_.basic(TypeKind::Int));
    }
    case BuiltinId::Append: {
      if (args.empty()) {
        error(e->rparen, "not enough arguments for append() (expected 1, found 0)");
        return invalid(e);
      }
      expr(args[0]);
      Expr* s = args[0];
      if (s->mode == Mode::Invalid) {
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        return invalid(e);
      }
      if (s->type->kind == TypeKind::UntypedNil) {
        error(s->pos, "first argument to append must be a typed slice; found untyped nil");
        return invalid(e);
      }
      auto* sl = dynamic_cast<Slice*>(underlying(s->type));
      if (!sl) {
        error(s->pos, fmt::format("invalid argument: {} is not a slice", operandString(s)));
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        return invalid(e);
      }
      if (e->hasEllipsis) {
        if (args.size() != 2) {
          error(e->pos, "can only use ... with final argument in list");
          return invalid(e);
        }
        expr(args[1]);
        Expr* t = args[1];
        if (t->mode == Mode::Invalid) return invalid(e);
        // append([]byte, string...) is allowed.
        if (underlying(sl->elem)->kind == TypeKind::Uint8 && isString(t->type)) {
          if (isUntyped(t->type)) convertUntyped(t, ctx_.basic(TypeKind::String));
          return value(s->type);
        }
        assignment(t, s->type, "append");
        return value(s->type);
      }
      for (size_t i = 1; i < args.size(); i++) {
        expr(args[i], sl->elem);
        if (args[i]->mode != Mode::Invalid) assignment(args[i], sl->elem, "argument to append");
      }
      return value(s->type);
    }
    case BuiltinId::Copy: {
      if (!nargs(2, 2)) return invalid(e);
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == Mode::Invalid || args[1]->mode == Mode::Invalid) return invalid(e);
      auto* dst = dynamic_cast<Slice*>(underlying(args[0]->type));
      Type* srcU = underlying(args[1]->type);
      bool ok = dst && ((srcU->kind == TypeKind::Slice && identical(dst->elem, static_cast<Slice*>(srcU)->elem)) ||
                        (isString(srcU) && underlying(dst->elem)->kind == TypeKind::Uint8));
      if (!ok) {
        error(e->pos, fmt::format("invalid argument: copy expects slice arguments; found {} and {}",
                                  operandString(args[0]), operandString(args[1])));
        return invalid(e);
      }
      if (isUntyped(args[1]->type)) convertUntyped(args[1], ctx_.basic(TypeKind::String));
      return value(ctx_.basic(TypeKind::Int));
    }
    case BuiltinId::Make: {
      if (args.empty()) {
        error(e->rparen, "not enough arguments for make() (expected 1, found 0)");
        return invalid(e);
      }
      Type* t = typExpr(args[0]);
      if (t->kind == TypeKind::Invalid) return invalid(e);
      Type* u = underlying(t);
      size_t min = 1, max = 1;
      if (u->kind == TypeKind::Slice) min = 2, max = 3;
      else if (u->kind == TypeKind::Map || u->kind == TypeKind::Chan) max = 2;
      else {
        error(args[0]->pos, fmt::format("invalid argument: cannot make {}; type must be slice, map, or channel",
                                        exprString(args[0])));
        return invalid(e);
      }
      if (args.size() < min) {
        error(e->pos, fmt::format("invalid operation: {} expects {} or {} arguments; found {}", exprString(e), min,
                                  max, args.size()));
        return invalid(e);
      }
      if (args.size() > max) {
        error(e->pos, fmt::format("invalid operation: {} expects {} or {} arguments; found {}", exprString(e), min,
                                  max, args.size()));
        return invalid(e);
      }
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < args.size(); i++) {
        expr(args[i]);
        Expr* a = args[i];
        if (a->mode == Mode::Invalid) continue;
        if (a->mode == Mode::Constant) {
          auto v = constant::toInt(*a->constant);
          if (!v || !isNumeric(a->type)) {
            error(a->pos, fmt::format("cannot convert {} to type int", operandString(a)));
            continue;
          }
          if (v->i.isNegative()) {
            error(a->pos, fmt::format("invalid argument: index {} must not be negative", operandString(a)));
            continue;
          }
          sizes[i - 1] = v->int64();
          if (isUntyped(a->type)) convertUntyped(a, ctx_.basic(TypeKind::Int));
        } else if (!isInteger(a->type)) {
          error(a->pos, fmt::format("cannot convert {} to type int", operandString(a)));
        }
      }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        error(args[1]->pos, fmt::format("invalid argument: length and capacity swapped"));
        return invalid(e);
      }
      return value(t);
    }
    case BuiltinId::New: {
      if (!nargs(1, 1)) return invalid(e);
      Type* t = typExpr(args[0]);
      if (t->kind == TypeKind::Invalid) return invalid(e);
      return value(ctx_.pointer(t));
    }
    case BuiltinId::Panic: {
      if (!nargs(1, 1)) return invalid(e);
      expr(args[0], ctx_.anyType());
      if (args[0]->mode != Mode::Invalid) assignment(args[0], ctx_.anyType(), "argument to panic");
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (auto* a : args) {
        expr(a);
        if (a->mode == Mode::Invalid) continue;
        if (isUntyped(a->type)) {
          if (a->type->kind == TypeKind::UntypedNil) {
            error(a->pos, "use of untyped nil in argument to built-in " + name);
            continue;
          }
          convertUntyped(a, defaultType(a->type));
        }
      }
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Recover:
      if (!nargs(0, 0)) return invalid(e);
      return value(ctx_.anyType());
    case BuiltinId::Close: {
      if (!nargs(1, 1)) return invalid(e);
      expr(args[0]);
      if (args[0]->mode == Mode::Invalid) return invalid(e);
      auto* c = dynamic_cast<Chan*>(underlying(args[0]->type));
      if (!c) {
        error(args[0]->pos, fmt::format("invalid operation: non-chan argument {}", operandString(args[0])));
        return invalid(e);
      }
      if (c->dir == ChanDir::Recv) {
        error(args[0]->pos, fmt::format("invalid operation: cannot close receive-only channel {}", operandString(args[0])));
        return invalid(e);
      }
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Delete: {
      if (!nargs(2, 2)) return invalid(e);
      expr(args[0]);
      if (args[0]->mode == Mode::Invalid) return invalid(e);
      auto* m = dynamic_cast<Map*>(underlying(args[0]->type));
      if (!m) {
        error(args[0]->pos, fmt::format("invalid argument: {} is not a map", operandString(args[0])));
        return invalid(e);
      }
      expr(args[1], m->key);
      if (args[1]->mode != Mode::Invalid) assignment(args[1], m->key, "argument to delete");
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Clear: {
      if (!nargs(1, 1)) return invalid(e);
      expr(args[0]);
      if (args[0]->mode == Mode::Invalid) return invalid(e);
      Type* u = underlying(args[0]->type);
      if (u->kind != TypeKind::Map && u->kind != TypeKind::Slice) {
        error(args[0]->pos, fmt::format("invalid argument: {} must be a map or slice", operandString(args[0])));
        return invalid(e);
      }
      e->mode = Mode::NoValue;
      return;
    }
    case BuiltinId::Min:
    case BuiltinId::Max: {
      if (args.empty()) {
        error(e->rparen, fmt::format("not enough arguments for {} (expected 1, found 0)", exprString(e)));
        return invalid(e);
      }
      for (auto* a : args) expr(a);
      for (auto* a : args)
        if (a->mode == Mode::Invalid) return invalid(e);
      // All operands must have one ordered type; untyped ones adapt.
      Type* t = nullptr;
      for (auto* a : args)
        if (!isUntyped(a->type)) t = a->type;
      if (!t) {
        // All untyped: the result is an untyped constant of the largest kind.
        Type* best = args[0]->type;
        for (auto* a : args)
          if (a->type->kind > best->kind) best = a->type;
        t = best;
      }
      for (auto* a : args) {
        if (isUntyped(a->type) && !isUntyped(t)) {
          if (!convertUntyped(a, t)) return invalid(e);
        } else if (!isUntyped(a->type) && !identical(a->type, t)) {
          error(a->pos, fmt::format("invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                    typeStr(t), typeStr(a->type), exprString(a)));
          return invalid(e);
        }
        if (!(isInteger(a->type) || isFloat(a->type) || isString(a->type))) {
          error(a->pos, fmt::format("invalid argument: {} cannot be ordered", operandString(a)));
          return invalid(e);
        }
      }
      bool allConst = true;
      for (auto* a : args) allConst = allConst && a->mode == Mode::Constant;
      if (allConst) {
        const Constant* best = args[0]->constant.get();
        for (auto* a : args) {
          bool better = id == BuiltinId::Min ? constant::compare(Tok::Lss, *a->constant, *best)
                                             : constant::compare(Tok::Gtr, *a->constant, *best);
          if (better) best = a->constant.get();
        }
        e->mode = Mode::Constant;
        e->type = t;
        e->constant = std::make_shared<Constant>(*best);
        return;
      }
      return value(t);
    }
    case BuiltinId::Complex: {
      if (!nargs(2, 2)) return invalid(e);
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == Mode::Invalid || args[1]->mode == Mode::Invalid) return invalid(e);
      if (args[0]->mode == Mode::Constant && args[1]->mode == Mode::Constant && isUntyped(args[0]->type) &&
          isUntyped(args[1]->type)) {
        Constant c(Constant::Kind::Complex);
        c.re = constant::toFloat(*args[0]->constant).re;
        c.im = constant::toFloat(*args[1]->constant).re;
        e->mode = Mode::Constant;
        e->type = ctx_.basic(TypeKind::UntypedComplex);
        e->constant = std::make_shared<Constant>(c);
        return;
      }
      Type* t = isUntyped(args[0]->type) ? args[1]->type : args[0]->type;
      if (isUntyped(t)) t = ctx_.basic(TypeKind::Float64);
      for (auto* a : args)
        if (isUntyped(a->type)) convertUntyped(a, t);
      if (!identical(args[0]->type, args[1]->type) || !isFloat(t)) {
        error(e->pos, fmt::format("invalid operation: {} (mismatched types {} and {})", exprString(e),
                                  typeStr(args[0]->type), typeStr(args[1]->type)));
        return invalid(e);
      }
      return value(ctx_.basic(underlying(t)->kind == TypeKind::Float32 ? TypeKind::Complex64 : TypeKind::Complex128));
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      if (!nargs(1, 1)) return invalid(e);
      expr(args[0]);
      Expr* x = args[0];
      if (x->mode == Mode::Invalid) return invalid(e);
      if (x->mode == Mode::Constant && isUntyped(x->type)) {
        Constant z = constant::toComplex(*x->constant);
        Constant r(Constant::Kind::Float);
        r.re = id == BuiltinId::Real ? z.re : z.im;
        e->mode = Mode::Constant;
        e->type = ctx_.basic(TypeKind::UntypedFloat);
        e->constant = std::make_shared<Constant>(r);
        return;
      }
      if (!isComplex(x->type)) {
        error(x->pos, fmt::format("invalid argument: {} must be of complex type", operandString(x)));
        return invalid(e);
      }
      return value(ctx_.basic(underlying(x->type)->kind == TypeKind::Complex64 ? TypeKind::Float32 : TypeKind::Float64));
    }
  }
  invalid(e);
}

}  // namespace gorun::frontend
