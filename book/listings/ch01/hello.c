#include <stdio.h>

int main(void) {
	printf("Hello Cloud Billing\n");
	return 0;
}
