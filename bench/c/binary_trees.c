/* C twin of bench/programs/binary_trees.py: nodes from malloc, each tree freed when dropped. */
#include <stdio.h>
#include <stdlib.h>

#ifndef N
#define N 15
#endif
#define MIN_DEPTH 4

typedef struct Node {
    struct Node *left, *right;
} Node;

static Node *new_node(Node *left, Node *right) {
    Node *node = malloc(sizeof *node);
    node->left = left;
    node->right = right;
    return node;
}

static Node *make_tree(long depth) {
    if (depth == 0) return new_node(NULL, NULL);
    Node *left = make_tree(depth - 1);
    return new_node(left, make_tree(depth - 1));
}

static long count_nodes(const Node *node) {
    if (node->left == NULL || node->right == NULL) return 1;
    return 1 + count_nodes(node->left) + count_nodes(node->right);
}

static void free_tree(Node *node) {
    if (node->left) free_tree(node->left);
    if (node->right) free_tree(node->right);
    free(node);
}

static long count_and_free(Node *tree) {
    long count = count_nodes(tree);
    free_tree(tree);
    return count;
}

int main(void) {
    long max_depth = MIN_DEPTH + 2 > N ? MIN_DEPTH + 2 : N;
    long stretch = max_depth + 1;
    printf("stretch tree of depth %ld check: %ld\n", stretch, count_and_free(make_tree(stretch)));
    Node *long_lived = make_tree(max_depth);
    for (long depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + MIN_DEPTH);
        long total = 0;
        for (long i = 0; i < iterations; i++) total += count_and_free(make_tree(depth));
        printf("%ld trees of depth %ld check: %ld\n", iterations, depth, total);
    }
    printf("long lived tree of depth %ld check: %ld\n", max_depth, count_and_free(long_lived));
    return 0;
}
