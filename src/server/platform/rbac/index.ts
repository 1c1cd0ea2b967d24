export { can, permissions, personalDataRoles, roles, seesPersonalData, visibleRegion, type Permission, type Role } from './roles';
