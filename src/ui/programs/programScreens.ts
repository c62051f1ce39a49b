// The programs screens, as one chunk that LazyProgramScreen loads on first use.

export { ProgramScreen } from '../screens/ProgramScreen.tsx';
export { ProgramsScreen } from '../screens/ProgramsScreen.tsx';
