import json, sys, os
n = 0
for d in sys.argv[1:]:
    for f in sorted(os.listdir(d)):
        if f.endswith('.ndjson'):
            with open(os.path.join(d, f), 'rb') as fh:
                for line in fh:
                    if line.strip():
                        json.loads(line); n += 1
print(n)
