"""Understanding a message: normalise, find what it refers to, classify, fill slots, decide."""
