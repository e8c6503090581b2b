// The Poortwachter domain.
