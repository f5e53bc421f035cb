"""Numba twin of bench/programs/nbody.py: the parallel lists are numpy float arrays
and the step loop runs inside compiled code."""

import math

import numpy as np
from numba import njit

N = 200000
DT = 0.001
SUN_MASS = 40.0
RADII = [1.0, 1.7, 3.1, 5.3]
DIRECTIONS_X = [1.0, 0.6, -0.8, 0.0]
DIRECTIONS_Y = [0.0, 0.8, 0.6, -1.0]
HEIGHTS = [0.01, -0.02, 0.015, 0.03]
CLIMBS = [0.001, 0.002, -0.001, 0.0005]
MASSES = [0.001, 0.0004, 0.0002, 0.00005]


@njit(cache=True)
def advance(x, y, z, vx, vy, vz, m, dt):
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


@njit(cache=True)
def simulate(x, y, z, vx, vy, vz, m, dt, steps):
    for _ in range(steps):
        advance(x, y, z, vx, vy, vz, m, dt)


@njit(cache=True)
def energy(x, y, z, vx, vy, vz, m):
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


@njit(cache=True)
def offset_momentum(vx, vy, vz, m):
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


def system():
    x, y, z, vx, vy, vz, m = ([0.0] for _ in range(7))
    m[0] = SUN_MASS
    for k in range(4):
        speed = math.sqrt(SUN_MASS / RADII[k])
        x.append(RADII[k] * DIRECTIONS_X[k])
        y.append(RADII[k] * DIRECTIONS_Y[k])
        z.append(HEIGHTS[k])
        vx.append(-speed * DIRECTIONS_Y[k])
        vy.append(speed * DIRECTIONS_X[k])
        vz.append(CLIMBS[k])
        m.append(MASSES[k])
    return [np.array(values, dtype=np.float64) for values in (x, y, z, vx, vy, vz, m)]


bodies = system()
offset_momentum(*bodies[3:])
print(float(energy(*bodies)))
simulate(*bodies, DT, N)
print(float(energy(*bodies)))
