"""Named entities: a trained CRF tagger, gazetteers, word clusters and within-article name chains."""
