"""Binary trees: allocate and walk many complete binary trees of depth 4..N.

A stretch tree of depth N+1 is built and checked, a long-lived tree of
depth N is kept while 2**(N - d + 4) trees of each depth d = 4, 6, ... are
built, counted and dropped: a test of allocation and freeing.
"""
# bench: quick N=8
# bench: pending (needs classes and Node | None)

from __future__ import annotations

N = 15
MIN_DEPTH = 4


class Node:
    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def count_nodes(node: Node) -> int:
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


max_depth = max(MIN_DEPTH + 2, N)
stretch = max_depth + 1
print("stretch tree of depth", stretch, "check:", count_nodes(make_tree(stretch)))
long_lived = make_tree(max_depth)
for depth in range(MIN_DEPTH, max_depth + 1, 2):
    iterations = 1 << (max_depth - depth + MIN_DEPTH)
    total = 0
    for _ in range(iterations):
        total += count_nodes(make_tree(depth))
    print(iterations, "trees of depth", depth, "check:", total)
print("long lived tree of depth", max_depth, "check:", count_nodes(long_lived))
