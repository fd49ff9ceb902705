# Rebuild the entity tagger from IL-NER, HiNER and the news sentences (needs ../shared/eval/entities/).
.PHONY: model
model:
	python3 scripts/train_ner.py
