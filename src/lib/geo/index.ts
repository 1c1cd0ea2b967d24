/**
 * Geography for the relocation advisor, shared by the server and the web:
 * distances, the boundary topology, the map projection and the map layers.
 * Pure functions only; the caller reads the shipped files.
 */
export { haversineKm, type LatLon } from './distance';
export {
  buildMapLayers,
  MAP_WIDTH,
  regionKatoOf,
  type FrameBox,
  type GeoJsonFeature,
  type GeoJsonFeatureCollection,
  type LocalizedName,
  type MapDistrict,
  type MapLayerOptions,
  type MapLayers,
  type MapRegion,
} from './layers';
export { KAZAKHSTAN_ALBERS, fitProjection, projectPoint, unprojectPoint, type ProjectionParams } from './projection';
export { interiorPoint, pointInRings, ringArea, ringsBBox, ringsCentroid, type BBox } from './rings';
export { decodeTopology, type GeoFeature, type LonLat, type Position, type Topology, type TopologyGeometry, type TopologyProperties } from './topology';
