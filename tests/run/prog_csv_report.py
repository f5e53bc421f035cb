# Parse CSV rows, convert fields with int()/float(), print an aligned report.
DATA = """name,qty,price
widget, 12, 3.50
gadget,3,19.99
doohickey , 150 ,0.25
thingamajig,7,  42.00
"""

lines = DATA.strip().splitlines()
header = lines[0].split(",")
print(" | ".join([header[0].upper().ljust(11), header[1].upper().center(5), header[2].upper().center(8)]), "|   COST")
print("-" * 40)
total = 0.0
count = 0
for r in range(1, len(lines)):
    line = lines[r]
    fields = line.split(",")
    name = fields[0].strip()
    qty = int(fields[1])
    price = float(fields[2])
    cost = qty * price
    total += cost
    count += qty
    print("%-11s | %5d | %8.2f | %9.2f" % (name, qty, price, cost))
print("-" * 40)
print(f"{'TOTAL':<11} | {count:>5} | {'':>8} | {total:>9,.2f}")
print("average price per item: {:.3f}".format(total / count))
