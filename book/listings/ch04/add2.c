#include <stdio.h>

int *add2(int a, int b) {
	int c = a + b;
	return &c;
}

int main(void) {
	int *p = add2(1, 2);
	printf("p = %p\n", (void *)p);
	return 0;
}
