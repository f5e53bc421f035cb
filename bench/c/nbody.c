/* C twin of bench/programs/nbody.py */
#include <math.h>
#include "pyfloat.h"

#ifndef N
#define N 200000
#endif
#define DT 0.001
#define SUN_MASS 40.0
#define BODIES 5

static const double radii[4] = {1.0, 1.7, 3.1, 5.3};
static const double directions_x[4] = {1.0, 0.6, -0.8, 0.0};
static const double directions_y[4] = {0.0, 0.8, 0.6, -1.0};
static const double heights[4] = {0.01, -0.02, 0.015, 0.03};
static const double climbs[4] = {0.001, 0.002, -0.001, 0.0005};
static const double masses[4] = {0.001, 0.0004, 0.0002, 0.00005};

static double x[BODIES], y[BODIES], z[BODIES], vx[BODIES], vy[BODIES], vz[BODIES], m[BODIES];

static void advance(double dt) {
    for (int i = 0; i < BODIES; i++) {
        for (int j = i + 1; j < BODIES; j++) {
            double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double mj = m[j] * mag;
            vx[i] -= dx * mj;
            vy[i] -= dy * mj;
            vz[i] -= dz * mj;
            double mi = m[i] * mag;
            vx[j] += dx * mi;
            vy[j] += dy * mi;
            vz[j] += dz * mi;
        }
    }
    for (int i = 0; i < BODIES; i++) {
        x[i] += dt * vx[i];
        y[i] += dt * vy[i];
        z[i] += dt * vz[i];
    }
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
        for (int j = i + 1; j < BODIES; j++) {
            double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
            e -= m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void offset_momentum(void) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < BODIES; i++) {
        px += vx[i] * m[i];
        py += vy[i] * m[i];
        pz += vz[i] * m[i];
    }
    vx[0] = -px / m[0];
    vy[0] = -py / m[0];
    vz[0] = -pz / m[0];
}

int main(void) {
    m[0] = SUN_MASS;
    for (int k = 0; k < 4; k++) {
        double speed = sqrt(SUN_MASS / radii[k]);
        x[k + 1] = radii[k] * directions_x[k];
        y[k + 1] = radii[k] * directions_y[k];
        z[k + 1] = heights[k];
        vx[k + 1] = -speed * directions_y[k];
        vy[k + 1] = speed * directions_x[k];
        vz[k + 1] = climbs[k];
        m[k + 1] = masses[k];
    }
    offset_momentum();
    print_float(energy());
    for (long step = 0; step < N; step++) advance(DT);
    print_float(energy());
    return 0;
}
