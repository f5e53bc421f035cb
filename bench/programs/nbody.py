"""N-body simulation of a sun and four planets, N steps of a simple symplectic integrator.

Positions, velocities and masses are kept in parallel lists of floats; each
step updates the velocities of every pair, then moves every body. The
system's energy is printed before and after (it is conserved to a few
digits, which makes a wrong step visible at once).
"""
# bench: quick N=1000

import math

N = 200000
DT = 0.001
SUN_MASS = 40.0
RADII = [1.0, 1.7, 3.1, 5.3]
DIRECTIONS_X = [1.0, 0.6, -0.8, 0.0]
DIRECTIONS_Y = [0.0, 0.8, 0.6, -1.0]
HEIGHTS = [0.01, -0.02, 0.015, 0.03]
CLIMBS = [0.001, 0.002, -0.001, 0.0005]
MASSES = [0.001, 0.0004, 0.0002, 0.00005]


def advance(x: list[float], y: list[float], z: list[float], vx: list[float], vy: list[float],
            vz: list[float], m: list[float], dt: float) -> None:
    n = len(m)
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            mj = m[j] * mag
            vx[i] -= dx * mj
            vy[i] -= dy * mj
            vz[i] -= dz * mj
            mi = m[i] * mag
            vx[j] += dx * mi
            vy[j] += dy * mi
            vz[j] += dz * mi
    for i in range(n):
        x[i] += dt * vx[i]
        y[i] += dt * vy[i]
        z[i] += dt * vz[i]


def energy(x: list[float], y: list[float], z: list[float], vx: list[float], vy: list[float],
           vz: list[float], m: list[float]) -> float:
    e = 0.0
    n = len(m)
    for i in range(n):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= m[i] * m[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def offset_momentum(vx: list[float], vy: list[float], vz: list[float], m: list[float]) -> None:
    px = 0.0
    py = 0.0
    pz = 0.0
    for i in range(len(m)):
        px += vx[i] * m[i]
        py += vy[i] * m[i]
        pz += vz[i] * m[i]
    vx[0] = -px / m[0]
    vy[0] = -py / m[0]
    vz[0] = -pz / m[0]


x = [0.0]
y = [0.0]
z = [0.0]
vx = [0.0]
vy = [0.0]
vz = [0.0]
m = [SUN_MASS]
for k in range(4):
    speed = math.sqrt(SUN_MASS / RADII[k])
    x.append(RADII[k] * DIRECTIONS_X[k])
    y.append(RADII[k] * DIRECTIONS_Y[k])
    z.append(HEIGHTS[k])
    vx.append(-speed * DIRECTIONS_Y[k])
    vy.append(speed * DIRECTIONS_X[k])
    vz.append(CLIMBS[k])
    m.append(MASSES[k])

offset_momentum(vx, vy, vz, m)
print(energy(x, y, z, vx, vy, vz, m))
for step in range(N):
    advance(x, y, z, vx, vy, vz, m, DT)
print(energy(x, y, z, vx, vy, vz, m))
