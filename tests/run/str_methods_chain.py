# Methods chained and combined with other str operations.
raw = "  Name: Ada Lovelace ; Born: 1815 ; Field: Mathematics  "
fields = raw.strip().split(";")
for f in fields:
    key = f.split(":")[0].strip().lower()
    value = f.split(":")[1].strip()
    print(key.ljust(6, ".") + value.upper().replace(" ", "_"), value.isdigit(), value.count("a"))
title = "the art of computer programming"
print(title.title().replace(" ", ""), title.upper()[4:7], title.split()[-1].capitalize())
initials = ""
for w in title.split():
    if len(w) > 2:
        initials += w[0].upper()
print(initials, initials.lower().center(9, "~"), "-".join(title.split()).replace("-", "/", 2))
path = "/usr/local/lib/python3.11/site-packages"
print(path.split("/"), path.strip("/").split("/", 2), path.rsplit("/", 1)[1], path[path.rfind("/") + 1:].startswith("site"))
