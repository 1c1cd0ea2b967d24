export { can, permissions, personalDataRoles, roles, type Permission, type Role } from './roles';
