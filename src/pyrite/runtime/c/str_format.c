/* fmt.format(*args, **kwargs): CPython's replacement-field syntax and messages
 * (Objects/stringlib/unicode_format.h): literal text with {{ and }}, fields
 * {name!conversion:spec} where name is empty (automatic numbering), an index
 * or a keyword, optionally followed by [index] into a list, tuple or str, and
 * specs that contain fields themselves ('{:{}}', two levels deep at most).
 * Attribute fields ('{0.real}') and dict items raise NotImplementedError. */
#include "format.h"

typedef struct Args {
    const PyrTuple *positional, *names, *values; /* names/values: keywords, may be NULL */
    int numbering;                               /* 0 not yet known, 'a' automatic, 'm' manual */
    int64_t next;                                /* the next automatic index */
} Args;

typedef struct Range {
    const PyrStr *s;
    int64_t start, end;
} Range;

typedef struct Field {
    PyrValue v;
    const PyrType *t;
    PyrStr *owned; /* a string made while indexing, released after use */
} Field;

/* The decimal number a range spells (any Unicode digits), -1 if it is not
 * one, -2 with ValueError when it is too large. */
static int64_t range_integer(Range r) {
    if (r.start >= r.end) return -1;
    int64_t acc = 0;
    for (int64_t i = r.start; i < r.end; i++) {
        int d = pyr_unicode_decimal(str_get(r.s, i));
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) return fail(PYR_ValueError, "Too many decimal digits in format string"), -2;
        acc = acc * 10 + d;
    }
    return acc;
}

static int range_equals(Range r, const PyrStr *s) {
    if (s->len != r.end - r.start) return 0;
    for (int64_t i = 0; i < s->len; i++)
        if (str_get(s, i) != str_get(r.s, r.start + i)) return 0;
    return 1;
}

static void raise_key_error(Range key) {
    PyrStr *name = pyr_substr(key.s, key.start, key.end - key.start);
    if (!name) return;
    PyrStr *r = pyr_repr_value((PyrValue){.o = &name->ob}, &pyr_str_type);
    pyr_decref(&name->ob);
    if (!r) return;
    PyrBuf b;
    pyr_buf_init(&b);
    pyr_buf_str(&b, r);
    pyrite_raise(PYR_KeyError, b.data ? b.data : "", b.len);
    pyr_buf_free(&b);
    pyr_decref(&r->ob);
}

/* field_name_split + the first lookup: the argument the field starts with. */
static int first_object(Args *a, Range first, Field *out) {
    int64_t index = range_integer(first);
    if (index == -2) return 0;
    int empty = first.start >= first.end;
    if (empty || index >= 0) {
        if (!a->numbering) a->numbering = empty ? 'a' : 'm';
        if (a->numbering == 'm' && empty)
            return fail(PYR_ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (a->numbering == 'a' && !empty)
            return fail(PYR_ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = a->next++;
        if (!a->positional || index >= a->positional->len) {
            pyr_raise_format(PYR_IndexError, "Replacement index %lld out of range for positional args tuple",
                         (long long)index);
            return 0;
        }
        out->v = a->positional->items[index];
        out->t = a->positional->ob.type->args[index];
        return 1;
    }
    for (int64_t i = 0; a->names && i < a->names->len; i++) {
        if (range_equals(first, (const PyrStr *)a->names->items[i].o)) {
            out->v = a->values->items[i];
            out->t = a->values->ob.type->args[i];
            return 1;
        }
    }
    raise_key_error(first);
    return 0;
}

/* field[key] for an index key (an integer, or -1 for a non-numeric key). */
static int get_item(Field *f, int64_t index) {
    const PyrType *t = f->t;
    if (t->kind == PYR_DICT) return fail(PYR_NotImplementedError, "Pyrite: str.format cannot index a dict in a field");
    if (t->kind != PYR_LIST && t->kind != PYR_TUPLE && t->kind != PYR_STR) {
        pyr_raise_format(PYR_TypeError, "'%s' object is not subscriptable", pyr_type_name(t));
        return 0;
    }
    if (index < 0) {
        if (t->kind == PYR_STR) return fail(PYR_TypeError, "string indices must be integers, not 'str'");
        pyr_raise_format(PYR_TypeError, "%s indices must be integers or slices, not str", pyr_type_name(t));
        return 0;
    }
    if (t->kind == PYR_STR) {
        const PyrStr *s = (const PyrStr *)f->v.o;
        if (index >= s->len) return fail(PYR_IndexError, "string index out of range");
        PyrStr *c = pyr_str_char(str_get(s, index));
        if (!c) return 0;
        pyr_decref(f->owned ? &f->owned->ob : NULL);
        f->owned = c;
        f->v.o = &c->ob;
        return 1;
    }
    if (t->kind == PYR_LIST) {
        const PyrList *l = (const PyrList *)f->v.o;
        if (index >= l->len) return fail(PYR_IndexError, "list index out of range");
        f->v = pyr_list_item(l, index);
        f->t = t->args[0];
        return 1;
    }
    const PyrTuple *tu = (const PyrTuple *)f->v.o;
    if (index >= tu->len) return fail(PYR_IndexError, "tuple index out of range");
    f->v = tu->items[index];
    f->t = t->args[index];
    return 1;
}

/* get_field_object: the first part, then each .attribute or [index]. */
static int field_object(Args *a, Range name, Field *out) {
    int64_t i = name.start;
    while (i < name.end && str_get(name.s, i) != '.' && str_get(name.s, i) != '[') i++;
    if (!first_object(a, (Range){name.s, name.start, i}, out)) return 0;
    while (i < name.end) {
        uint32_t c = str_get(name.s, i++);
        int64_t start = i;
        if (c == '.') {
            while (i < name.end && str_get(name.s, i) != '.' && str_get(name.s, i) != '[') i++;
        } else if (c == '[') {
            while (i < name.end && str_get(name.s, i) != ']') i++;
            if (i >= name.end) return fail(PYR_ValueError, "Missing ']' in format string");
        } else {
            return fail(PYR_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        Range key = {name.s, start, i};
        if (c == '[') i++;
        if (key.start == key.end) return fail(PYR_ValueError, "Empty attribute in format string");
        if (c == '.')
            return fail(PYR_NotImplementedError, "Pyrite: str.format does not support attribute fields");
        int64_t index = range_integer(key);
        if (index == -2 || !get_item(out, index)) return 0;
    }
    return 1;
}

static int render(StrWriter *w, Range r, Args *a, int depth);

/* A field's value converted (!r !s !a) and formatted with its (expanded) spec. */
static int output_field(StrWriter *w, Args *a, Range name, uint32_t conversion, Range spec, int expand, int depth) {
    Field f = {0};
    int ok = field_object(a, name, &f);
    PyrStr *converted = NULL, *spec_str = NULL;
    if (ok && conversion) {
        if (conversion == 'r')
            converted = pyr_repr_value(f.v, f.t);
        else if (conversion == 's')
            converted = pyr_to_str_value(f.v, f.t);
        else if (conversion == 'a') {
            int64_t bits;
            memcpy(&bits, &f.v, sizeof bits);
            converted = pyr_ascii(bits, f.t);
        } else if (conversion > 32 && conversion < 127)
            pyr_raise_format(PYR_ValueError, "Unknown conversion specifier %c", (char)conversion);
        else
            pyr_raise_format(PYR_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
        ok = converted != NULL;
        if (ok) f.v.o = &converted->ob, f.t = &pyr_str_type;
    }
    if (ok) {
        if (expand) {
            StrWriter sw;
            pyr_writer_init(&sw);
            ok = render(&sw, spec, a, depth - 1);
            spec_str = ok ? pyr_writer_finish(&sw) : (pyr_writer_free(&sw), NULL);
        } else {
            spec_str = pyr_substr(spec.s, spec.start, spec.end - spec.start);
        }
        ok = spec_str && pyr_format_value_into(w, f.v, f.t, spec_str);
    }
    pyr_decref(converted ? &converted->ob : NULL);
    pyr_decref(spec_str ? &spec_str->ob : NULL);
    pyr_decref(f.owned ? &f.owned->ob : NULL);
    return ok;
}

/* The spec after ':' up to its matching '}' (nested fields allowed); i is past it after. */
static int spec_range(Range r, int64_t *i, Range *spec, int *expand) {
    int64_t count = 1;
    spec->start = *i;
    while (*i < r.end) {
        uint32_t c = str_get(r.s, (*i)++);
        if (c == '{') *expand = 1, count++;
        if (c == '}' && --count == 0) {
            spec->end = *i - 1;
            return 1;
        }
    }
    return fail(PYR_ValueError, "unmatched '{' in format spec");
}

/* parse_field: from just after '{' up to and past the matching '}'. */
static int field(StrWriter *w, Range r, int64_t *pos, Args *a, int depth) {
    const PyrStr *s = r.s;
    int64_t i = *pos;
    uint32_t c = 0;
    while (i < r.end) {
        c = str_get(s, i++);
        if (c == '{') return fail(PYR_ValueError, "unexpected '{' in field name");
        if (c == '[')
            while (i < r.end && str_get(s, i) != ']') i++;
        else if (c == '}' || c == ':' || c == '!')
            break;
    }
    Range name = {s, *pos, i - 1}, spec = {s, i, i};
    uint32_t conversion = 0;
    int expand = 0;
    if (c == '!') {
        if (i >= r.end) return fail(PYR_ValueError, "end of string while looking for conversion specifier");
        conversion = str_get(s, i++);
        if (i < r.end) {
            c = str_get(s, i++);
            if (c != '}' && c != ':') return fail(PYR_ValueError, "expected ':' after conversion specifier");
        }
        if (c == '}')
            spec.start = spec.end = i;
        else if (!spec_range(r, &i, &spec, &expand))
            return 0;
    } else if (c == ':') {
        if (!spec_range(r, &i, &spec, &expand)) return 0;
    } else if (c != '}') {
        return fail(PYR_ValueError, "expected '}' before end of string");
    }
    *pos = i;
    return output_field(w, a, name, conversion, spec, expand, depth);
}

/* build_string: literal text and fields of r into w. */
static int render(StrWriter *w, Range r, Args *a, int depth) {
    if (depth <= 0) return fail(PYR_ValueError, "Max string recursion exceeded");
    int64_t pos = r.start;
    while (pos < r.end) {
        int64_t start = pos;
        uint32_t c = 0;
        int markup = 0;
        while (pos < r.end) {
            c = str_get(r.s, pos++);
            if (c == '{' || c == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = pos >= r.end;
        int64_t len = pos - start;
        if (markup && c == '}' && (at_end || str_get(r.s, pos) != '}'))
            return fail(PYR_ValueError, "Single '}' encountered in format string");
        if (markup && c == '{' && at_end) return fail(PYR_ValueError, "Single '{' encountered in format string");
        if (markup) {
            if (str_get(r.s, pos) == c) { /* {{ or }}: one brace of literal text */
                pos++;
                markup = 0;
            } else {
                len--;
            }
        }
        pyr_writer_substr(w, r.s, start, len);
        if (markup && !field(w, r, &pos, a, depth)) return 0;
    }
    return 1;
}

/* fmt.format(*args, **kwargs): args is a tuple (its descriptor gives the
 * types); it, the keyword names (a tuple of str) and their values (a tuple)
 * may be NULL when there are none. */
PyrStr *pyr_str_format(PyrStr *fmt, PyrTuple *args, PyrTuple *kwnames, PyrTuple *kwvalues) {
    Args a = {args, kwnames, kwvalues, 0, 0};
    StrWriter w;
    pyr_writer_init(&w);
    if (!render(&w, (Range){fmt, 0, fmt->len}, &a, 2)) {
        pyr_writer_free(&w);
        return NULL;
    }
    return pyr_writer_finish(&w);
}
