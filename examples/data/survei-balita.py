# Synthetic survey of children 0-59 months for PrevalenceByKecamatanExample (seeded, deterministic):
# 3 kecamatan (strata), 8 desa (clusters) each, 22-30 children per desa, a sampling weight per desa,
# and a desa effect on length so that children of one desa resemble each other (the design matters).
# Run: python3 survei-balita.py > survei-balita.csv
import math
import random

rng = random.Random(14)
print("kecamatan,desa,sw,sex,age_days,weight,lenhei,measure,oedema")
# WHO length/height-for-age medians (cm) at 0, 12, 24, 36, 48, 60 months, both sexes averaged
med = [49.5, 75.0, 86.4, 95.6, 102.9, 109.6]
for k, kec in enumerate(["Ciawi", "Cisarua", "Megamendung"]):
    for d in range(8):
        desa = f"{kec[:3].upper()}-{d + 1:02d}"
        sw = rng.randint(40, 260)
        effect = rng.gauss(-0.6 - 0.35 * k, 0.55)
        for c in range(rng.randint(22, 30)):
            age = rng.randint(0, 1825)
            m = age / 30.4375
            i = min(int(m // 12), 4)
            median = med[i] + (med[i + 1] - med[i]) * (m - 12 * i) / 12
            sd = 1.9 + 0.045 * m
            z = effect + rng.gauss(0, 1.0)
            lenhei = round(median + z * sd, 1)
            weight = round(3.3 * (lenhei / 50) ** 2.45 * math.exp(rng.gauss(-0.02, 0.1)), 2)
            measure = "l" if age < 731 else "h"
            print(f"{kec},{desa},{sw},{rng.randint(1, 2)},{age},{weight},{lenhei},{measure},n")
