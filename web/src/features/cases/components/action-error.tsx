export { ActionErrorAlert, useSubmit, type SubmitState } from '../../../components/action-error';
