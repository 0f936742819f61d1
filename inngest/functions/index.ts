export {
  CLOCK_SWEEP_CRON,
  createClockFunctions,
  type ClockFunctions,
  type CreateClockFunctionsOptions,
} from "./clock-functions";
