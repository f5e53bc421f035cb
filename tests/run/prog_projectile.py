# Projectile motion with air drag, integrated with small time steps.
import math

G = 9.81


def flight(speed: float, angle_deg: float, drag: float) -> float:
    angle = angle_deg * math.pi / 180.0
    vx = speed * math.cos(angle)
    vy = speed * math.sin(angle)
    x = 0.0
    y = 0.0
    dt = 0.01
    t = 0.0
    while True:
        v = math.sqrt(vx * vx + vy * vy)
        vx -= drag * v * vx * dt
        vy -= (G + drag * v * vy) * dt
        x += vx * dt
        y += vy * dt
        t += dt
        if y < 0.0:
            break
    return x


best_angle = 0
best = 0.0
for a in range(15, 76, 5):
    d = flight(30.0, float(a), 0.0)
    dd = flight(30.0, float(a), 0.01)
    print(a, round(d, 6), round(dd, 6))
    if dd > best:
        best = dd
        best_angle = a
print("best angle with drag:", best_angle, best)
print("vacuum theory at 45:", 30.0 * 30.0 / G)
