# Convenience targets; each one calls a script in scripts/, which is what the README documents.
.PHONY: run test
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
