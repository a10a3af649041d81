"""A briefing with N different speakers, each with a role: `python3 speakers.py N > out.txt`."""
import sys


def word(i):
    s = ""
    i += 26 * 27
    while i:
        i, r = divmod(i, 26)
        s = "aeioubcdfghklmnprstvz"[r % 21] + s if r < 21 else "aeiou"[r % 5] + s
    return s.capitalize()


n = int(sys.argv[1])
print("Briefing on the talks")
for i in range(n):
    print(f"Minister {word(i)} {word(i * 7 + 3)}a said the plan number {i} works.")
