export { authRoutes } from './auth.routes';
export { staffRoutes } from './staff.routes';
export {
  countStaffUsers,
  createStaffUser,
  findStaffUserByEmail,
  listStaffUsers,
  updateStaffUser,
  resetStaffPassword,
} from './staff.service';
export * from './staff.schema';
