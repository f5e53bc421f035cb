/* C twin of bench/programs/word_frequency.py: the same generated text, counted
 * in an open-addressing hash table of strings, ranked with qsort. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef N
#define N 500000
#endif
#define VOCABULARY 3000
#define TABLE 16384 /* a power of two, well above the number of distinct words */

static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi",
                                  "en", "dra", "po", "li", "xu", "be", "zo", "qui"};
static long seed = 2024;

static long rand_below(long k) {
    seed = (seed * 1103515245 + 12345) % 2147483648L;
    return (seed >> 16) % k;
}

typedef struct { char *data; size_t length, capacity; } Buffer;

static void append(Buffer *b, const char *text, size_t n) {
    if (b->length + n + 1 > b->capacity) {
        b->capacity = (b->length + n + 1) * 2;
        b->data = realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->length, text, n);
    b->length += n;
    b->data[b->length] = '\0';
}

static char **make_words(long size) {
    char **words = malloc(size * sizeof *words);
    for (long i = 0; i < size; i++) {
        long parts = 1 + rand_below(3);
        char word[16] = "";
        for (long p = 0; p < parts; p++) strcat(word, syllables[rand_below(16)]);
        words[i] = strdup(word);
    }
    return words;
}

static Buffer make_text(char **words, long size, long count) {
    Buffer text = {0};
    int capital = 1;
    for (long i = 0; i < count; i++) {
        long a = rand_below(size);
        long b = rand_below(size);
        char word[24];
        strcpy(word, words[a * b / size]);
        if (capital) {
            word[0] = (char)toupper((unsigned char)word[0]);
            capital = 0;
        }
        if (rand_below(12) == 0) {
            strcat(word, ".");
            capital = 1;
        } else if (rand_below(10) == 0) {
            strcat(word, ",");
        }
        append(&text, word, strlen(word));
        append(&text, rand_below(15) == 0 ? "\n" : " ", 1);
    }
    return text;
}

typedef struct { char *word; long count; } Entry;

static Entry table[TABLE];
static long distinct;

static void count_word(const char *word, size_t n) {
    unsigned long h = 14695981039346656037UL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)word[i]) * 1099511628211UL;
    for (size_t slot = h & (TABLE - 1);; slot = (slot + 1) & (TABLE - 1)) {
        Entry *e = &table[slot];
        if (e->word == NULL) {
            e->word = strndup(word, n);
            e->count = 1;
            distinct++;
            return;
        }
        if (strlen(e->word) == n && memcmp(e->word, word, n) == 0) {
            e->count++;
            return;
        }
    }
}

static void count_words(const char *text) {
    char word[24];
    const char *p = text;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        const char *start = p;
        while (*p && !isspace((unsigned char)*p)) p++;
        while (start < p && (*start == '.' || *start == ',')) start++;
        const char *end = p;
        while (end > start && (end[-1] == '.' || end[-1] == ',')) end--;
        if (p == start && end == start) continue;
        size_t n = (size_t)(end - start);
        for (size_t i = 0; i < n; i++) word[i] = (char)tolower((unsigned char)start[i]);
        count_word(word, n);
    }
}

static int by_rank(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);
}

int main(void) {
    char **words = make_words(VOCABULARY);
    Buffer text = make_text(words, VOCABULARY, N);
    count_words(text.data);
    Entry *ranked = malloc(distinct * sizeof *ranked);
    long k = 0;
    for (long slot = 0; slot < TABLE; slot++)
        if (table[slot].word) ranked[k++] = table[slot];
    qsort(ranked, distinct, sizeof *ranked, by_rank);
    printf("%ld distinct words\n", distinct);
    for (long i = 0; i < 10 && i < distinct; i++) printf("%s %ld\n", ranked[i].word, ranked[i].count);
    return 0;
}
