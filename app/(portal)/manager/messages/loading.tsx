import { ManagerPageLoading } from "@/components/manager/page-loading";

export default ManagerPageLoading;
