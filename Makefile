# Rebuild the entity tagger from IL-NER, HiNER and the news sentences (needs ../shared/eval/entities/).
# The word clusters it uses as features come first (needs gensim, the train extra).
.PHONY: model clusters
model:
	python3 scripts/train_ner.py
clusters:
	python3 scripts/train_clusters.py
