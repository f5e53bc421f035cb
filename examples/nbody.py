# The n-body benchmark with plain scalars: the Sun and the four giant planets,
# integrated with a fixed time step (symplectic Euler), printing the energy
# before and after. Pyrite's version 0 has no lists or classes yet, so each
# coordinate is a module-level float and each pair's interaction is written out.
# Used for the size and build-time figures of the targets (README, Targets).
import math

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS = 1000

# sun
x0 = 0.0
y0 = 0.0
z0 = 0.0
vx0 = 0.0
vy0 = 0.0
vz0 = 0.0
m0 = SOLAR_MASS
# jupiter
x1 = 4.841431442464721
y1 = -1.1603200440274284
z1 = -0.10362204447112311
vx1 = 0.001660076642744037 * DAYS_PER_YEAR
vy1 = 0.007699011184197404 * DAYS_PER_YEAR
vz1 = -6.90460016972063e-05 * DAYS_PER_YEAR
m1 = 0.0009547919384243266 * SOLAR_MASS
# saturn
x2 = 8.34336671824458
y2 = 4.124798564124305
z2 = -0.4035234171143214
vx2 = -0.002767425107268624 * DAYS_PER_YEAR
vy2 = 0.004998528012349172 * DAYS_PER_YEAR
vz2 = 2.3041729757376393e-05 * DAYS_PER_YEAR
m2 = 0.0002858859806661308 * SOLAR_MASS
# uranus
x3 = 12.894369562139131
y3 = -15.111151401698631
z3 = -0.22330757889265573
vx3 = 0.002964601375647616 * DAYS_PER_YEAR
vy3 = 0.0023784717395948095 * DAYS_PER_YEAR
vz3 = -2.9658956854023756e-05 * DAYS_PER_YEAR
m3 = 4.366244043351563e-05 * SOLAR_MASS
# neptune
x4 = 15.379697114850917
y4 = -25.919314609987964
z4 = 0.17925877295037118
vx4 = 0.0026806777249038932 * DAYS_PER_YEAR
vy4 = 0.001628241700382423 * DAYS_PER_YEAR
vz4 = -9.515922545197159e-05 * DAYS_PER_YEAR
m4 = 5.1513890204661145e-05 * SOLAR_MASS


def offset_momentum() -> None:
    global vx0, vy0, vz0
    px = vx0 * m0 + vx1 * m1 + vx2 * m2 + vx3 * m3 + vx4 * m4
    py = vy0 * m0 + vy1 * m1 + vy2 * m2 + vy3 * m3 + vy4 * m4
    pz = vz0 * m0 + vz1 * m1 + vz2 * m2 + vz3 * m3 + vz4 * m4
    vx0 = -px / SOLAR_MASS
    vy0 = -py / SOLAR_MASS
    vz0 = -pz / SOLAR_MASS


def energy() -> float:
    e = 0.0
    e += 0.5 * m0 * (vx0 * vx0 + vy0 * vy0 + vz0 * vz0)
    e += 0.5 * m1 * (vx1 * vx1 + vy1 * vy1 + vz1 * vz1)
    e += 0.5 * m2 * (vx2 * vx2 + vy2 * vy2 + vz2 * vz2)
    e += 0.5 * m3 * (vx3 * vx3 + vy3 * vy3 + vz3 * vz3)
    e += 0.5 * m4 * (vx4 * vx4 + vy4 * vy4 + vz4 * vz4)
    e -= m0 * m1 / math.sqrt((x0 - x1) ** 2 + (y0 - y1) ** 2 + (z0 - z1) ** 2)
    e -= m0 * m2 / math.sqrt((x0 - x2) ** 2 + (y0 - y2) ** 2 + (z0 - z2) ** 2)
    e -= m0 * m3 / math.sqrt((x0 - x3) ** 2 + (y0 - y3) ** 2 + (z0 - z3) ** 2)
    e -= m0 * m4 / math.sqrt((x0 - x4) ** 2 + (y0 - y4) ** 2 + (z0 - z4) ** 2)
    e -= m1 * m2 / math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2 + (z1 - z2) ** 2)
    e -= m1 * m3 / math.sqrt((x1 - x3) ** 2 + (y1 - y3) ** 2 + (z1 - z3) ** 2)
    e -= m1 * m4 / math.sqrt((x1 - x4) ** 2 + (y1 - y4) ** 2 + (z1 - z4) ** 2)
    e -= m2 * m3 / math.sqrt((x2 - x3) ** 2 + (y2 - y3) ** 2 + (z2 - z3) ** 2)
    e -= m2 * m4 / math.sqrt((x2 - x4) ** 2 + (y2 - y4) ** 2 + (z2 - z4) ** 2)
    e -= m3 * m4 / math.sqrt((x3 - x4) ** 2 + (y3 - y4) ** 2 + (z3 - z4) ** 2)
    return e


def advance(dt: float) -> None:
    global x0, y0, z0, vx0, vy0, vz0, x1, y1, z1, vx1, vy1, vz1, x2, y2, z2, vx2, vy2, vz2, x3, y3, z3, vx3, vy3, vz3, x4, y4, z4, vx4, vy4, vz4
    dx = x0 - x1
    dy = y0 - y1
    dz = z0 - z1
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx0 -= dx * m1 * mag
    vy0 -= dy * m1 * mag
    vz0 -= dz * m1 * mag
    vx1 += dx * m0 * mag
    vy1 += dy * m0 * mag
    vz1 += dz * m0 * mag
    dx = x0 - x2
    dy = y0 - y2
    dz = z0 - z2
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx0 -= dx * m2 * mag
    vy0 -= dy * m2 * mag
    vz0 -= dz * m2 * mag
    vx2 += dx * m0 * mag
    vy2 += dy * m0 * mag
    vz2 += dz * m0 * mag
    dx = x0 - x3
    dy = y0 - y3
    dz = z0 - z3
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx0 -= dx * m3 * mag
    vy0 -= dy * m3 * mag
    vz0 -= dz * m3 * mag
    vx3 += dx * m0 * mag
    vy3 += dy * m0 * mag
    vz3 += dz * m0 * mag
    dx = x0 - x4
    dy = y0 - y4
    dz = z0 - z4
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx0 -= dx * m4 * mag
    vy0 -= dy * m4 * mag
    vz0 -= dz * m4 * mag
    vx4 += dx * m0 * mag
    vy4 += dy * m0 * mag
    vz4 += dz * m0 * mag
    dx = x1 - x2
    dy = y1 - y2
    dz = z1 - z2
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx1 -= dx * m2 * mag
    vy1 -= dy * m2 * mag
    vz1 -= dz * m2 * mag
    vx2 += dx * m1 * mag
    vy2 += dy * m1 * mag
    vz2 += dz * m1 * mag
    dx = x1 - x3
    dy = y1 - y3
    dz = z1 - z3
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx1 -= dx * m3 * mag
    vy1 -= dy * m3 * mag
    vz1 -= dz * m3 * mag
    vx3 += dx * m1 * mag
    vy3 += dy * m1 * mag
    vz3 += dz * m1 * mag
    dx = x1 - x4
    dy = y1 - y4
    dz = z1 - z4
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx1 -= dx * m4 * mag
    vy1 -= dy * m4 * mag
    vz1 -= dz * m4 * mag
    vx4 += dx * m1 * mag
    vy4 += dy * m1 * mag
    vz4 += dz * m1 * mag
    dx = x2 - x3
    dy = y2 - y3
    dz = z2 - z3
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx2 -= dx * m3 * mag
    vy2 -= dy * m3 * mag
    vz2 -= dz * m3 * mag
    vx3 += dx * m2 * mag
    vy3 += dy * m2 * mag
    vz3 += dz * m2 * mag
    dx = x2 - x4
    dy = y2 - y4
    dz = z2 - z4
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx2 -= dx * m4 * mag
    vy2 -= dy * m4 * mag
    vz2 -= dz * m4 * mag
    vx4 += dx * m2 * mag
    vy4 += dy * m2 * mag
    vz4 += dz * m2 * mag
    dx = x3 - x4
    dy = y3 - y4
    dz = z3 - z4
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * math.sqrt(d2))
    vx3 -= dx * m4 * mag
    vy3 -= dy * m4 * mag
    vz3 -= dz * m4 * mag
    vx4 += dx * m3 * mag
    vy4 += dy * m3 * mag
    vz4 += dz * m3 * mag
    x0 += dt * vx0
    y0 += dt * vy0
    z0 += dt * vz0
    x1 += dt * vx1
    y1 += dt * vy1
    z1 += dt * vz1
    x2 += dt * vx2
    y2 += dt * vy2
    z2 += dt * vz2
    x3 += dt * vx3
    y3 += dt * vy3
    z3 += dt * vz3
    x4 += dt * vx4
    y4 += dt * vy4
    z4 += dt * vz4


offset_momentum()
print(energy())
for step in range(STEPS):
    advance(0.01)
print(energy())
