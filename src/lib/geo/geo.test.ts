/**
 * Geography for the advisor: distances, the shipped boundary topology, the
 * projection and the map layers built from it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  buildMapLayers,
  decodeTopology,
  haversineKm,
  interiorPoint,
  pointInRings,
  projectPoint,
  ringsCentroid,
  unprojectPoint,
  type GeoJsonFeatureCollection,
  type LonLat,
  type Position,
  type Topology,
} from '.';
import { ringPath, tenths } from './svg-path';

const dataFile = (name: string) => new URL(`../../../data/kz/${name}`, import.meta.url);
const topology = JSON.parse(readFileSync(dataFile('kz_adm_2024_simplified.topojson'), 'utf8')) as Topology;
type Centre = { properties: { KATO: string; ADM1_PCODE: string; NAME_EN: string }; geometry: { coordinates: LonLat } };
const centres = (JSON.parse(readFileSync(dataFile('kz_adm1_centers_2022.geojson'), 'utf8')) as { features: Centre[] }).features;
/** "KZ11" → "110000000". */
const regionCodeOf = (centre: Centre) => `${centre.properties.ADM1_PCODE.slice(2)}0000000`;
const overlayDistricts = JSON.parse(readFileSync(dataFile('kz_adm2_osm_2024_new_districts.geojson'), 'utf8')) as GeoJsonFeatureCollection;
/** The OSM districts created in 2024–2025 and the regions they belong to. */
const NEW_DISTRICTS: Record<string, string> = { '104100000': '100000000', '635500000': '630000000', '636300000': '630000000' };
const PRIORITY = ['110000000', '100000000', '390000000', '550000000', '230000000', '270000000', '630000000', '590000000'];

/** Absolute points of every ring in a path written by ringPath (M x y l dx dy … z). */
function parsePath(d: string): Position[][] {
  return [...d.matchAll(/M([^l]*)l([^z]*)z/g)].map(([, start, steps]) => {
    const numbers = (s: string) => (s.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0, y0] = numbers(start!);
    const ring: Position[] = [[x0!, y0!]];
    const deltas = numbers(steps!);
    for (let i = 0; i < deltas.length; i += 2) {
      const [x, y] = ring[ring.length - 1]!;
      ring.push([Math.round((x + deltas[i]!) * 10) / 10, Math.round((y + deltas[i + 1]!) * 10) / 10]);
    }
    return ring;
  });
}

describe('haversineKm', () => {
  it('measures known distances', () => {
    const astana = { lat: 51.1694, lon: 71.4491 };
    const almaty = { lat: 43.222, lon: 76.8512 };
    assert.ok(Math.abs(haversineKm(astana, almaty) - 970) <= 10, `Astana–Almaty ${haversineKm(astana, almaty)}`);
    assert.equal(haversineKm(astana, astana), 0);
    // One degree of a meridian is about 111.2 km on the mean sphere.
    assert.ok(Math.abs(haversineKm({ lat: 50, lon: 70 }, { lat: 51, lon: 70 }) - 111.2) < 0.1);
    // Antipodes: half the circumference.
    assert.ok(Math.abs(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) - Math.PI * 6371.0088) < 1e-6);
  });

  it('is symmetric', () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(fc.property(point, point, (a, b) => Math.abs(haversineKm(a, b) - haversineKm(b, a)) < 1e-9));
  });
});

describe('decodeTopology', () => {
  const regions = decodeTopology(topology, 'adm1');
  const districts = decodeTopology(topology, 'adm2');

  it('reads the 20 regions and 224 districts with distinct 9-digit KATO codes', () => {
    assert.equal(regions.length, 20);
    assert.equal(districts.length, 224);
    for (const layer of [regions, districts]) {
      const codes = layer.map((f) => f.properties.KATO);
      assert.ok(codes.every((c) => typeof c === 'string' && /^\d{9}$/.test(c)));
      assert.equal(new Set(codes).size, codes.length);
    }
  });

  it('decodes coordinates inside Kazakhstan, with closed rings', () => {
    for (const feature of [...regions, ...districts]) {
      assert.ok(feature.rings.length > 0);
      for (const ring of feature.rings) {
        assert.deepEqual(ring[0], ring[ring.length - 1]);
        for (const [lon, lat] of ring) assert.ok(lon > 46 && lon < 88 && lat > 40 && lat < 56, `${lon},${lat}`);
      }
    }
  });

  it('puts every region centre inside its own region and no other', () => {
    assert.equal(centres.length, 21);
    for (const centre of centres) {
      const holders = regions.filter((r) => pointInRings(centre.geometry.coordinates, r.rings)).map((r) => r.properties.KATO);
      assert.deepEqual(holders, [regionCodeOf(centre)], centre.properties.NAME_EN);
    }
  });

  it('puts every region centre inside exactly one district of that region', () => {
    for (const centre of centres) {
      const holders = districts.filter((d) => pointInRings(centre.geometry.coordinates, d.rings)).map((d) => String(d.properties.KATO));
      assert.equal(holders.length, 1, centre.properties.NAME_EN);
      assert.equal(holders[0]!.slice(0, 2), regionCodeOf(centre).slice(0, 2));
    }
  });
});

describe('rings', () => {
  const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

  it('takes the area centroid with holes subtracted, whatever the winding', () => {
    assert.deepEqual(ringsCentroid([square(0, 0, 2)]), [1, 1]);
    // A 4×4 square with the 2×2 top-right quarter cut out: area 12, centroid (5/3, 5/3).
    const centroid = ringsCentroid([square(0, 0, 4), square(2, 2, 2).reverse()]);
    assert.ok(Math.abs(centroid[0] - 5 / 3) < 1e-12 && Math.abs(centroid[1] - 5 / 3) < 1e-12);
    assert.deepEqual(ringsCentroid([square(0, 0, 4), square(1, 1, 2)]), [2, 2]);
  });

  it('treats holes as outside and finds an interior point where the centroid is not', () => {
    const frame = [square(0, 0, 4), square(1, 1, 2)];
    assert.equal(pointInRings([2, 2], frame), false);
    assert.equal(pointInRings([0.5, 2], frame), true);
    const inside = interiorPoint(frame);
    assert.ok(pointInRings(inside, frame), `${inside}`);
  });

  it('gives every district an interior point inside it', () => {
    for (const district of decodeTopology(topology, 'adm2')) assert.ok(pointInRings(interiorPoint(district.rings), district.rings));
  });
});

describe('projection', () => {
  const { projection } = buildMapLayers(topology);
  const kazakhstan = fc.record({ lat: fc.double({ min: 40, max: 56, noNaN: true }), lon: fc.double({ min: 46, max: 88, noNaN: true }) });

  it('round-trips points of the country', () => {
    fc.assert(
      fc.property(kazakhstan, ({ lat, lon }) => {
        const [x, y] = projectPoint(projection, lat, lon);
        const [lat2, lon2] = unprojectPoint(projection, x, y);
        return Math.abs(lat - lat2) < 1e-9 && Math.abs(lon - lon2) < 1e-9;
      }),
    );
  });

  it('keeps north up on the central meridian and east to the right along a parallel', () => {
    fc.assert(
      fc.property(kazakhstan, fc.double({ min: 0.01, max: 5, noNaN: true }), ({ lat, lon }, step) => {
        const [x, y] = projectPoint(projection, lat, lon);
        return projectPoint(projection, lat, lon + step)[0] > x && projectPoint(projection, lat + step, 68)[1] < projectPoint(projection, lat, 68)[1] && Number.isFinite(y);
      }),
    );
  });

  it('keeps areas: a degree cell has its true area in the south and in the north', () => {
    const kmPerPixel = 1 / projection.scale;
    for (const lat of [41, 48, 54]) {
      const corners: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1]].map(([dx, dy]) => projectPoint(projection, lat + dy!, 75 + dx!));
      const pixels = Math.abs(corners.reduce((s, [x, y], i) => { const [nx, ny] = corners[(i + 1) % 4]!; return s + x * ny - nx * y; }, 0)) / 2;
      const r = 6371.0088;
      const trueKm2 = r * r * (Math.PI / 180) * (Math.sin(((lat + 1) * Math.PI) / 180) - Math.sin((lat * Math.PI) / 180));
      // The straight-edged cell differs from the curved one by well under 1 %.
      assert.ok(Math.abs((pixels * kmPerPixel ** 2) / trueKm2 - 1) < 0.01, `at ${lat}°`);
    }
  });
});

describe('buildMapLayers', () => {
  it('fits the priority regions and their districts into a 1000-px frame', () => {
    const layers = buildMapLayers(topology, { regionCodes: PRIORITY });
    const [minX, minY, width, height] = layers.viewBox;
    assert.equal(width, 1000);
    assert.deepEqual(layers.regions.map((r) => r.kato).sort(), [...PRIORITY].sort());
    const expectedDistricts = decodeTopology(topology, 'adm2').filter((d) => PRIORITY.some((code) => String(d.properties.KATO).startsWith(code.slice(0, 2))));
    assert.equal(layers.districts.length, expectedDistricts.length);
    assert.ok(layers.districts.every((d) => PRIORITY.includes(d.regionKato) && d.d.startsWith('M') && d.name.kk && d.name.ru && d.name.en));
    for (const centre of centres.filter((c) => PRIORITY.includes(regionCodeOf(c)))) {
      const [x, y] = projectPoint(layers.projection, centre.geometry.coordinates[1], centre.geometry.coordinates[0]);
      assert.ok(x >= minX && x <= minX + width && y >= minY && y <= minY + height, centre.properties.NAME_EN);
      const region = layers.regions.find((r) => r.kato === regionCodeOf(centre))!;
      const [bx, by, bw, bh] = region.bbox;
      assert.ok(x >= bx && x <= bx + bw && y >= by && y <= by + bh, `${centre.properties.NAME_EN} in its region box`);
      assert.ok(pointInRings([x, y], parsePath(region.d)), `${centre.properties.NAME_EN} inside the drawn region`);
    }
    assert.ok(layers.context.length > 0, 'neighbouring regions are outlined');
  });

  it('touches the frame padding on every side and labels each region inside it', () => {
    const layers = buildMapLayers(topology, { regionCodes: ['590000000', '550000000'] });
    const points = layers.regions.flatMap((r) => parsePath(r.d).flat());
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    assert.ok(Math.abs(Math.min(...xs) - 12) <= 0.1 && Math.abs(Math.max(...xs) - 988) <= 0.1);
    assert.ok(Math.abs(Math.min(...ys) - 12) <= 0.1 && Math.abs(Math.max(...ys) - (layers.viewBox[3] - 12)) <= 0.1);
    for (const region of layers.regions) assert.ok(pointInRings(region.label, parsePath(region.d)), region.name.en);
  });

  it('shows every region when none or only unknown codes are asked for', () => {
    for (const regionCodes of [undefined, [], ['999999999']]) {
      const layers = buildMapLayers(topology, { regionCodes });
      assert.equal(layers.regions.length, 20);
      assert.equal(layers.districts.length, 224);
      assert.equal(layers.context, '');
    }
  });
});

describe('buildMapLayers with the districts created in 2024–2025', () => {
  const layers = buildMapLayers(topology, { regionCodes: PRIORITY, overlayDistricts });
  const geokzCodes = new Set(decodeTopology(topology, 'adm2').map((d) => String(d.properties.KATO)));
  const overlay = (kato: string) => layers.districts.find((d) => d.kato === kato)!;
  /** The drawn position of a longitude/latitude, in frame pixels. */
  const drawn = ([lon, lat]: LonLat) => projectPoint(layers.projection, lat, lon);

  it('adds the three OSM districts to their regions, with names in three languages', () => {
    assert.deepEqual(
      layers.districts.filter((d) => !geokzCodes.has(d.kato)).map((d) => [d.kato, d.regionKato]).sort(),
      Object.entries(NEW_DISTRICTS).sort(),
    );
    assert.equal(new Set(layers.districts.map((d) => d.kato)).size, layers.districts.length, 'each district once');
    assert.deepEqual(overlay('635500000').name, { kk: 'Марқакөл', ru: 'Марқакөл', en: 'Marqakol' }, 'type words dropped, ru falls back to kk');
    assert.equal(overlay('104100000').name.en, 'Zhanasemey');
    const withRussian = { ...overlayDistricts, features: overlayDistricts.features.map((f) => ({ ...f, properties: { ...f.properties, name_ru: 'Улкеннарынский район' } })) };
    assert.equal(buildMapLayers(topology, { regionCodes: PRIORITY, overlayDistricts: withRussian }).districts.find((d) => d.kato === '636300000')!.name.ru, 'Улкеннарынский');
  });

  it('draws them after the geokz districts, so they cover the old parent district', () => {
    const lastGeokz = layers.districts.findLastIndex((d) => geokzCodes.has(d.kato));
    for (const kato of Object.keys(NEW_DISTRICTS)) assert.ok(layers.districts.findIndex((d) => d.kato === kato) > lastGeokz, kato);
    const plain = buildMapLayers(topology, { regionCodes: PRIORITY });
    assert.deepEqual(layers.districts.slice(0, lastGeokz + 1), plain.districts, 'the geokz districts are unchanged');
    assert.deepEqual(layers.viewBox, plain.viewBox);
  });

  it('puts each OSM administrative centre inside its district, except Semey', () => {
    const centreOf = (kato: string) => {
      const p = overlayDistricts.features.find((f) => f.properties?.KATO === kato)!.properties!;
      return drawn([Number(p.admin_centre_node_lng), Number(p.admin_centre_node_lat)]);
    };
    for (const kato of ['635500000', '636300000']) assert.ok(pointInRings(centreOf(kato), parsePath(overlay(kato).d)), kato);
    // Zhanasemey district is governed from Semey, which is not part of it but a city district of its own.
    const semey = centreOf('104100000');
    assert.equal(pointInRings(semey, parsePath(overlay('104100000').d)), false);
    assert.ok(pointInRings(semey, parsePath(layers.districts.find((d) => d.kato === '101000000')!.d)));
  });

  it('holds most of the OSM villages matched to each district', () => {
    const csv = readFileSync(dataFile('kz_osm_populated_places.csv'), 'utf8').trim().split('\n');
    const fields = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
    const header = fields(csv[0]!);
    const column = (row: string[], name: string) => row[header.indexOf(name)]!;
    const places = csv.slice(1).map(fields);
    for (const kato of Object.keys(NEW_DISTRICTS)) {
      const mine = places.filter((row) => column(row, 'kato_match').startsWith(kato.slice(0, 4)));
      const inside = mine.filter((row) => pointInRings(drawn([Number(column(row, 'lon')), Number(column(row, 'lat'))]), parsePath(overlay(kato).d)));
      assert.ok(mine.length >= 15 && inside.length / mine.length >= 0.85, `${kato}: ${inside.length} of ${mine.length}`);
    }
  });

  it('leaves the overlay out when its regions are not shown', () => {
    const layers = buildMapLayers(topology, { regionCodes: ['110000000'], overlayDistricts });
    assert.ok(layers.districts.every((d) => d.regionKato === '110000000' && geokzCodes.has(d.kato)));
  });
});

describe('svg path data', () => {
  it('writes tenths compactly', () => {
    assert.deepEqual([15, -3, 20, 0, -120, 7].map(tenths), ['1.5', '-.3', '2', '0', '-12', '.7']);
  });

  it('reads back to the same points, repeated points dropped', () => {
    const ring: Position[] = [[105, 3], [105, 3], [120, -40], [7, -40], [105, 3]];
    assert.deepEqual(parsePath(ringPath(ring)), [[[10.5, 0.3], [12, -4], [0.7, -4]]]);
    assert.equal(ringPath([[1, 1], [2, 2], [1, 1]]), '', 'a ring without area is not drawn');
  });
});
