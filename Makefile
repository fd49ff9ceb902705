# Rebuild the entity tagger from IL-NER (needs ../shared/eval/entities/).
.PHONY: model
model:
	python3 scripts/train_ner.py
