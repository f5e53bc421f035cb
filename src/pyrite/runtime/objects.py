"""The object runtime's layout, as the compiler needs to know it (runtime/c/pyrite.h).

KINDS mirrors `enum PyrKind`: the index of a kind is its code in a type descriptor.
"""

KINDS = ["int", "float", "bool", "None", "str", "list", "tuple", "dict", "set"]
