"""Relations from rules kept as data: trigger words, voice, type signatures, coordination."""
